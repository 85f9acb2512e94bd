namespace Graph.Storage.Neo4j.Cypher;

/// <summary>Reads of relationships: by id across every type, and those touching entities.</summary>
internal static class RelationshipStatements
{
    /// <summary>
    /// Relationship indexes hold one type each, so a look-up by id asks each type's index and unites the answers.
    /// </summary>
    public static CypherStatement ByIds { get; } = new(
        "Relationships.ByIds",
        $$"""
        CALL () {
          {{AcrossTypes("MATCH ()-[r:{0}]->() WHERE r.id IN $ids RETURN r")}}
        }
        RETURN {{Projections.Relationship("r")}} AS relationship
        """,
        "ids");

    public static CypherStatement Outgoing { get; } = Touching("Outgoing", "(n)-[r:{0}]->()");

    public static CypherStatement Incoming { get; } = Touching("Incoming", "(n)<-[r:{0}]-()");

    public static CypherStatement Both { get; } = Touching("Both", "(n)-[r:{0}]-()");

    public static IEnumerable<CypherStatement> All => [ByIds, Outgoing, Incoming, Both];

    /// <summary>One branch per relationship type, joined by UNION, each using its type's index.</summary>
    internal static string AcrossTypes(string branch) =>
        string.Join("\n  UNION\n  ", GraphModel.RelationshipTypes.Select(type => string.Format(System.Globalization.CultureInfo.InvariantCulture, branch, type)));

    /// <summary>The relationships of the given types (all when <c>$types</c> is empty) at the given entities, by insertion.</summary>
    private static CypherStatement Touching(string direction, string pattern) => new(
        $"Relationships.Touching.{direction}",
        $"""
        MATCH (n:Entity) WHERE n.id IN $ids
        MATCH {string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, Projections.AllRelationshipTypes)}
        WHERE size($types) = 0 OR r.type IN $types
        WITH DISTINCT r
        RETURN {Projections.Relationship("r")} AS relationship
        ORDER BY r.seq
        """,
        "ids", "types");
}
