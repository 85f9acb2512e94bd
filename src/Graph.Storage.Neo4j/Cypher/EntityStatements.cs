namespace Graph.Storage.Neo4j.Cypher;

/// <summary>Reads of entities: by id, by page in insertion order, and by exact name through the key index.</summary>
internal static class EntityStatements
{
    public static CypherStatement ByIds { get; } = new(
        "Entities.ByIds",
        $"""
        MATCH (n:Entity) WHERE n.id IN $ids
        RETURN {Projections.Entity("n")} AS entity
        """,
        "ids");

    /// <summary>One page after a sequence number, with the total the kinds match; an empty kind list keeps all.</summary>
    public static CypherStatement Page { get; } = new(
        "Entities.Page",
        $$"""
        CALL () {
          MATCH (n:Entity) WHERE size($kinds) = 0 OR n.kind IN $kinds
          RETURN count(n) AS total
        }
        CALL () {
          MATCH (n:Entity) WHERE (size($kinds) = 0 OR n.kind IN $kinds) AND n.seq > $after
          WITH n ORDER BY n.seq LIMIT $limit
          RETURN collect({{Projections.Entity("n")}}) AS items
        }
        RETURN total, items
        """,
        "kinds", "after", "limit");

    /// <summary>
    /// For each lower-cased key, the id of the oldest entity whose id, name or an alias it is: one seek of the key
    /// index per key, then the few entities linked to it, checked against their whole <c>keys</c>. Keys nobody has
    /// answer no row.
    /// </summary>
    public static CypherStatement FirstIdsByKeys { get; } = new(
        "Entities.FirstIdsByKeys",
        $$"""
        UNWIND $keys AS key
        CALL (key) {
          MATCH (:{{KeyStatements.Label}} {key: {{KeyStatements.Prefix("key")}}})-[:{{KeyStatements.Type}}]->(n:Entity)
          WHERE key IN n.keys
          RETURN n.id AS id
          ORDER BY n.seq
          LIMIT 1
        }
        RETURN key, id
        """,
        "keys");

    /// <summary>The ids of every entity whose id, name or an alias is the lower-cased key, oldest first, through the key index.</summary>
    public static CypherStatement IdsByKey { get; } = new(
        "Entities.IdsByKey",
        $$"""
        MATCH (:{{KeyStatements.Label}} {key: {{KeyStatements.Prefix("$key")}}})-[:{{KeyStatements.Type}}]->(n:Entity)
        WHERE $key IN n.keys
        RETURN n.id AS id
        ORDER BY n.seq
        """,
        "key");

    public static IEnumerable<CypherStatement> All => [ByIds, Page, FirstIdsByKeys, IdsByKey];
}
