namespace Graph.Storage.Neo4j.Cypher;

/// <summary>Every statement the adapter can issue, so that a test can lint each one.</summary>
public static class CypherCatalog
{
    /// <summary>All statements, each once.</summary>
    public static IReadOnlyList<CypherStatement> All { get; } =
    [
        .. SchemaStatements.All,
        .. KeyStatements.All,
        .. StoreStatements.All,
        .. EntityStatements.All,
        .. SanctionStatements.All,
        .. RelationshipStatements.All,
        .. SearchStatements.All,
        .. MatchStatements.All,
        .. TraversalStatements.All,
        .. WriteStatements.All,
    ];
}
