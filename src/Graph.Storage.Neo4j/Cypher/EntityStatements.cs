namespace Graph.Storage.Neo4j.Cypher;

/// <summary>Reads of entities: by id, by page in insertion order, and exact names.</summary>
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
    /// The entities whose id, name or an alias is one of the lower-cased keys, with the keys they carry, oldest
    /// first. Lists cannot be indexed for membership, so this reads every entity once.
    /// </summary>
    public static CypherStatement ByKeys { get; } = new(
        "Entities.ByKeys",
        """
        MATCH (n:Entity) WHERE any(k IN n.keys WHERE k IN $keys)
        RETURN [k IN n.keys WHERE k IN $keys] AS matched, n.id AS id
        ORDER BY n.seq
        """,
        "keys");

    public static IEnumerable<CypherStatement> All => [ByIds, Page, ByKeys];
}
