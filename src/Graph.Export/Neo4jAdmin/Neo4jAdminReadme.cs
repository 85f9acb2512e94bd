namespace Graph.Export.Neo4jAdmin;

/// <summary>The README.txt of a neo4j-admin export: what the files are and the exact commands that load them.</summary>
internal static class Neo4jAdminReadme
{
    public static string Text(ExportSummary summary) => $"""
        The sanctions graph for neo4j-admin (Neo4j 5): {summary}.

        1. Stop Neo4j, or import into a database that does not exist yet ("full" imports need an empty database;
           add --overwrite-destination=true to replace an existing one). From this folder run:

        {Neo4jAdminExport.ImportCommand()}

        2. Start Neo4j, create the database if it is not the default one (CREATE DATABASE name), then create the
           constraints and indexes the graph's store uses:

        cypher-shell -d neo4j -f {Neo4jAdminExport.SchemaFile}

        The files
        - {Neo4jAdminExport.EntitiesFile}: one node per entity, labelled Entity and its kind (Person, PublicBody...); ids in the id space Entity.
        - {Neo4jAdminExport.SanctionsFile}: one node per sanction, labelled Sanction; ids in the id space Sanction (a sanction may share its target's id).
        - {Neo4jAdminExport.RelationshipsFile}: the relationships between entities (MEMBERSHIP, SUPPORT, SAME_AS...).
        - {Neo4jAdminExport.MetaFile}: the store's GraphMeta node, whose seq is the last sequence number used here.
        - {Neo4jAdminExport.SanctionEdgesFile}: each sanction's TARGETS and ISSUED_BY relationships.
        - {Neo4jAdminExport.SchemaFile}: the constraints and indexes, for cypher-shell.

        How they are written
        - UTF-8 without a byte order mark, comma-separated, one header line each with every property's type
          (name:string, aliases:string[], seq:long...).
        - Quoting as RFC 4180: text is always in double quotes, a double quote inside is doubled. An empty field
          (nothing between the commas) is a property that is not set; "" is an empty string.
        - Text may hold line breaks inside its quotes: hence --multiline-fields=true.
        - Array elements are separated by U+001F (the unit separator), not ';', which names contain: hence
          --array-delimiter={CsvText.ArrayDelimiterOption}. An empty array is not written, so the property is not set.
        - seq numbers entities, then sanctions, then relationships, in one sequence as the store does; its pages
          follow it.

        """.ReplaceLineEndings("\n");
}
