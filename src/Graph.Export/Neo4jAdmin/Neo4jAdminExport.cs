using System.Text;
using Graph.Domain.Store;
using Graph.Export.Cypher;
using Graph.Export.Reading;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Export.Neo4jAdmin;

/// <summary>
/// Writes the whole graph as CSV files for <c>neo4j-admin database import full</c> (Neo4j 5), in the shapes of
/// <see cref="GraphModel"/>: entities and sanctions as node files in id spaces of their own (a sanction may share its
/// target's id), the graph's relationships and the ties of sanctions as relationship files, the schema as a Cypher
/// file to run once the database is up, and a README.txt with the exact commands.
/// </summary>
public static class Neo4jAdminExport
{
    /// <summary>The node and relationship files, in the order the import command names them.</summary>
    public const string EntitiesFile = "entities.csv", SanctionsFile = "sanctions.csv", MetaFile = "graph-meta.csv",
        RelationshipsFile = "relationships.csv", SanctionEdgesFile = "sanction-edges.csv";

    /// <summary>The constraints and indexes, for cypher-shell once the import is done.</summary>
    public const string SchemaFile = "schema.cypher";

    /// <summary>The instructions.</summary>
    public const string ReadmeFile = "README.txt";

    /// <summary>Writes the files into <paramref name="folder"/>, creating it when missing; files of the same names are replaced.</summary>
    public static async Task<ExportSummary> WriteAsync(IGraphStore store, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        var sequence = new Sequence();
        long entities = 0, sanctions = 0;

        // Entities, sanctions, then relationships, one sequence across them, as the store numbers a batch.
        await using (var entityFile = CsvTable.Nodes(Path.Combine(folder, EntitiesFile), GraphModel.EntityLabel, [Sequence.Sample(GraphModel.Node(ModelSamples.Entity))]))
        {
            await foreach (var page in GraphPages.EntitiesAsync(store, cancellationToken))
            {
                foreach (var entity in page) await entityFile.WriteAsync(sequence.Next(GraphModel.Node(entity)));
                entities += page.Count;
            }
            await entityFile.CompleteAsync();
        }

        var (start, end) = SanctionEdgeSpaces();
        await using (var sanctionFile = CsvTable.Nodes(Path.Combine(folder, SanctionsFile), GraphModel.SanctionLabel, [Sequence.Sample(GraphModel.Node(ModelSamples.Sanction))]))
        await using (var edgeFile = CsvTable.Edges(Path.Combine(folder, SanctionEdgesFile), start, end, SanctionEdges.Of(ModelSamples.Sanction).Select(e => e.Edge)))
        {
            await foreach (var page in GraphPages.SanctionsAsync(store, cancellationToken))
            {
                foreach (var sanction in page)
                {
                    await sanctionFile.WriteAsync(sequence.Next(GraphModel.Node(sanction)));
                    foreach (var edge in SanctionEdges.Of(sanction)) await edgeFile.WriteAsync(edge.Edge);
                }
                sanctions += page.Count;
            }
            await sanctionFile.CompleteAsync();
            await edgeFile.CompleteAsync();
        }

        long relationships = 0;
        await using (var relationshipFile = CsvTable.Edges(Path.Combine(folder, RelationshipsFile), GraphModel.EntityLabel, GraphModel.EntityLabel,
            [Sequence.Sample(GraphModel.Edge(ModelSamples.Relationship))]))
        {
            await foreach (var (_, page) in GraphPages.RelationshipsAsync(store, Direction.Outgoing, cancellationToken))
            {
                foreach (var relationship in page) await relationshipFile.WriteAsync(sequence.Next(GraphModel.Edge(relationship)));
                relationships += page.Count;
            }
            await relationshipFile.CompleteAsync();
        }

        var meta = StoreMeta.Node(sequence.Last);
        await using (var metaFile = CsvTable.Nodes(Path.Combine(folder, MetaFile), StoreMeta.Label, [meta]))
        {
            await metaFile.WriteAsync(meta);
            await metaFile.CompleteAsync();
        }

        var summary = new ExportSummary(entities, sanctions, relationships);
        await WriteTextAsync(Path.Combine(folder, SchemaFile), string.Concat(CypherSchema.Statements.Select(s => s + ";\n")), cancellationToken);
        await WriteTextAsync(Path.Combine(folder, ReadmeFile), Neo4jAdminReadme.Text(summary), cancellationToken);
        return summary;
    }

    /// <summary>The import command, run from the export's folder.</summary>
    public static string ImportCommand(string database = "neo4j") =>
        $"neo4j-admin database import full {database} --nodes={EntitiesFile} --nodes={SanctionsFile} --nodes={MetaFile} " +
        $"--relationships={RelationshipsFile} --relationships={SanctionEdgesFile} " +
        $"--array-delimiter={CsvText.ArrayDelimiterOption} --multiline-fields=true";

    /// <summary>The id spaces at the two ends of a sanction's edges; one file holds them all, so they must agree.</summary>
    private static (string Start, string End) SanctionEdgeSpaces()
    {
        var ends = SanctionEdges.Ends.Distinct().ToList();
        return ends.Count == 1
            ? ends[0]
            : throw new InvalidOperationException("The graph model's sanction edges point different ways; the neo4j-admin export writes them to one file.");
    }

    private static async Task WriteTextAsync(string path, string text, CancellationToken cancellationToken)
    {
        var temporary = path + ".partial";
        await File.WriteAllTextAsync(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }
}
