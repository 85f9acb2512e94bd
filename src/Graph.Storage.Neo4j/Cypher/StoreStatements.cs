namespace Graph.Storage.Neo4j.Cypher;

/// <summary>Reads of the store as a whole: its size and its change stamp.</summary>
internal static class StoreStatements
{
    public static CypherStatement ChangeStamp { get; } = new(
        "Store.ChangeStamp",
        "MATCH (m:GraphMeta {id: 'graph'}) RETURN m.stamp AS stamp");

    /// <summary>Counts from the count store: one count per label and per relationship type, summed.</summary>
    public static CypherStatement Statistics { get; } = new(
        "Store.Statistics",
        $$"""
        CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
        CALL () { MATCH (s:Sanction) RETURN count(s) AS sanctions }
        CALL () {
          CALL () {
            {{RelationshipStatements.AcrossTypes("MATCH ()-[r:{0}]->() RETURN count(r) AS c").Replace("UNION", "UNION ALL", StringComparison.Ordinal)}}
          }
          RETURN sum(c) AS relationships
        }
        RETURN entities, sanctions, relationships
        """);

    public static IEnumerable<CypherStatement> All => [ChangeStamp, Statistics];
}
