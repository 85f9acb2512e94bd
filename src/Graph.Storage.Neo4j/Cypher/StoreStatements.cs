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

    /// <summary>The largest number of relationships on one entity, read from each node's degree.</summary>
    public static CypherStatement MaxDegree { get; } = new(
        "Store.MaxDegree",
        $"MATCH (n:Entity) RETURN coalesce(max(COUNT {{ (n)-[:{Projections.AllRelationshipTypes}]-() }}), 0) AS degree");

    /// <summary>
    /// A bound on the sanctions one entity shows: the most sanctions on one target, times one more than the most
    /// same_as links on one entity.
    /// </summary>
    public static CypherStatement MaxSanctionsPerEntity { get; } = new(
        "Store.MaxSanctionsPerEntity",
        $$"""
        CALL () { MATCH (s:Sanction) WITH s.targetId AS target, count(*) AS n RETURN coalesce(max(n), 0) AS own }
        CALL () { MATCH (n:Entity) RETURN coalesce(max(COUNT { (n)-[:{{GraphModel.RelationshipType(Domain.Model.RelationshipTypes.SameAs)}}]-() }), 0) AS links }
        RETURN own * (1 + links) AS sanctions
        """);

    /// <summary>The newest publication of a dataset: its sanctions' latest lastSeen day.</summary>
    public static CypherStatement LatestPublication { get; } = new(
        "Store.LatestPublication",
        "MATCH (s:Sanction) WHERE s.dataset = $dataset RETURN max(s.lastSeen) AS lastSeen",
        "dataset");

    public static IEnumerable<CypherStatement> All => [ChangeStamp, Statistics, MaxDegree, MaxSanctionsPerEntity, LatestPublication];
}
