namespace Graph.Storage.Neo4j.Cypher;

/// <summary>
/// Shortest paths over the relationships between entities, in either direction, never through sanctions.
/// A variable-length bound cannot be a parameter, so there is one statement per bound. With <c>$asOf</c>, only
/// relationships that held on the day are followed.
/// </summary>
internal static class TraversalStatements
{
    /// <summary>The longest path a statement exists for; longer requests are answered within this bound.</summary>
    public const int MaxPathHops = 10;

    public static IReadOnlyList<CypherStatement> PathWithin { get; } =
        [.. Enumerable.Range(1, MaxPathHops).Select(hops => new CypherStatement(
            $"Traversal.Path.{hops}",
            $$"""
            MATCH (a:Entity {id: $fromId})
            MATCH (b:Entity {id: $toId})
            MATCH p = shortestPath((a)-[:{{Projections.AllRelationshipTypes}}*1..{{hops}}]-(b))
            WHERE all(r IN relationships(p) WHERE {{RelationshipStatements.Holds("r")}})
            RETURN [n IN nodes(p) | n.id] AS entityIds, [r IN relationships(p) | {{Projections.Relationship("r")}}] AS relationships
            """,
            "fromId", "toId", "asOf"))];

    /// <summary>The statement for paths of at most <paramref name="maxHops"/> relationships (1 or more).</summary>
    public static CypherStatement Path(int maxHops) => PathWithin[Math.Clamp(maxHops, 1, MaxPathHops) - 1];

    public static IEnumerable<CypherStatement> All => PathWithin;
}
