namespace Graph.Storage.Neo4j.Cypher;

/// <summary>
/// The statements of a write, all run inside one transaction. Rows arrive as <c>$rows</c>, each with the record's
/// properties from <see cref="GraphModel"/> as a map, so no value is ever part of a statement's text. Labels and
/// relationship types cannot be parameters, so there is one statement per kind and per relationship type.
/// </summary>
internal static class WriteStatements
{
    /// <summary>Moves the change stamp and reserves <c>$count</c> sequence numbers; the meta node's lock orders writers.</summary>
    public static CypherStatement Reserve { get; } = new(
        "Write.Reserve",
        """
        MERGE (m:GraphMeta {id: 'graph'})
        ON CREATE SET m.seq = 0, m.stamp = 0
        SET m.seq = m.seq + $count, m.stamp = m.stamp + 1
        RETURN m.seq AS last
        """,
        "count");

    /// <summary>Deletes relationships by id, answering the sequence number each had so a rewrite keeps its place.</summary>
    public static CypherStatement DeleteRelationships { get; } = new(
        "Write.DeleteRelationships",
        $$"""
        CALL () {
          {{RelationshipStatements.AcrossTypes("MATCH ()-[r:{0}]->() WHERE r.id IN $ids RETURN r")}}
        }
        WITH r, r.id AS id, r.seq AS seq
        DELETE r
        RETURN id, seq
        """,
        "ids");

    public static CypherStatement DeleteSanctions { get; } = new(
        "Write.DeleteSanctions",
        """
        MATCH (s:Sanction) WHERE s.id IN $ids
        DETACH DELETE s
        """,
        "ids");

    /// <summary>
    /// Deletes entities with the sanctions that target them and every relationship that touches them, their key
    /// links included; then the key nodes no entity is left on. Every entity goes first, so that a key two deleted
    /// entities shared is seen orphaned once both are gone.
    /// </summary>
    public static CypherStatement DeleteEntities { get; } = new(
        "Write.DeleteEntities",
        $$"""
        MATCH (n:Entity) WHERE n.id IN $ids
        CALL (n) {
          MATCH (s:Sanction) WHERE s.targetId = n.id
          DETACH DELETE s
        }
        OPTIONAL MATCH (k:{{KeyStatements.Label}})-[:{{KeyStatements.Type}}]->(n)
        WITH n, collect(k) AS keyNodes
        DETACH DELETE n
        WITH keyNodes
        UNWIND keyNodes AS k
        WITH DISTINCT k
        WHERE NOT EXISTS { (k)-[:{{KeyStatements.Type}}]->() }
        DELETE k
        """,
        "ids");

    /// <summary>Inserts or replaces entities of one kind: every property is replaced, the kind label too; the place is kept.</summary>
    public static IReadOnlyDictionary<string, CypherStatement> EntitiesOfKind { get; } =
        GraphModel.KindLabels.ToDictionary(label => label, label => new CypherStatement(
            $"Write.Entities.{label}",
            $$"""
            UNWIND $rows AS row
            MERGE (n:Entity {id: row.id})
            WITH n, row, coalesce(n.seq, row.seq) AS seq
            SET n = row.properties
            SET n.seq = seq
            REMOVE n:{{string.Join(':', GraphModel.KindLabels.Where(other => other != label))}}
            SET n:{{label}}
            """,
            "rows"));

    /// <summary>
    /// Brings the key index in step with the entities just written, in the same transaction: new keys linked (their
    /// nodes merged), dropped keys unlinked, key nodes left without entities deleted.
    /// </summary>
    public static CypherStatement EntityKeys { get; } = new(
        "Write.EntityKeys",
        $$"""
        UNWIND $ids AS id
        MATCH (n:Entity {id: id})
        {{KeyStatements.Sync("n")}}
        """,
        "ids");

    /// <summary>Ties sanctions written before their target or authority existed to the entities now written.</summary>
    public static CypherStatement LinkSanctions { get; } = new(
        "Write.LinkSanctions",
        """
        UNWIND $ids AS id
        MATCH (a:Entity {id: id})
        CALL (a) {
          MATCH (s:Sanction) WHERE s.targetId = a.id AND NOT EXISTS { (s)-[:TARGETS]->(a) }
          CREATE (s)-[:TARGETS]->(a)
        }
        CALL (a) {
          MATCH (s:Sanction) WHERE s.authorityId = a.id AND NOT EXISTS { (s)-[:ISSUED_BY]->(a) }
          CREATE (s)-[:ISSUED_BY]->(a)
        }
        """,
        "ids");

    /// <summary>Inserts or replaces sanctions and ties each to its target and authority, when they exist.</summary>
    public static CypherStatement Sanctions { get; } = new(
        "Write.Sanctions",
        """
        UNWIND $rows AS row
        MERGE (s:Sanction {id: row.id})
        WITH s, row, coalesce(s.seq, row.seq) AS seq
        SET s = row.properties
        SET s.seq = seq
        WITH s
        CALL (s) {
          MATCH (s)-[old:TARGETS|ISSUED_BY]->()
          DELETE old
        }
        CALL (s) {
          MATCH (t:Entity {id: s.targetId})
          CREATE (s)-[:TARGETS]->(t)
        }
        CALL (s) {
          MATCH (a:Entity {id: s.authorityId})
          CREATE (s)-[:ISSUED_BY]->(a)
        }
        """,
        "rows");

    /// <summary>Creates relationships of one type between existing entities, answering the ids it wrote.</summary>
    public static IReadOnlyDictionary<string, CypherStatement> RelationshipsOfType { get; } =
        GraphModel.RelationshipTypes.ToDictionary(type => type, type => new CypherStatement(
            $"Write.Relationships.{type}",
            $$"""
            UNWIND $rows AS row
            MATCH (a:Entity {id: row.fromId})
            MATCH (b:Entity {id: row.toId})
            CREATE (a)-[r:{{type}}]->(b)
            SET r = row.properties
            SET r.seq = row.seq
            RETURN row.id AS id
            """,
            "rows"));

    public static IEnumerable<CypherStatement> All =>
        [Reserve, DeleteRelationships, DeleteSanctions, DeleteEntities, .. EntitiesOfKind.Values, EntityKeys, LinkSanctions, Sanctions, .. RelationshipsOfType.Values];
}
