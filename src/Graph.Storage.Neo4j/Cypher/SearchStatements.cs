namespace Graph.Storage.Neo4j.Cypher;

/// <summary>Name search over the full-text index; the query text is a parameter, escaped for Lucene beforehand.</summary>
internal static class SearchStatements
{
    /// <summary>The best-scored matches of any kind; the index stops at the limit.</summary>
    public static CypherStatement AnyKind { get; } = new(
        "Search.AnyKind",
        $$"""
        CALL db.index.fulltext.queryNodes('{{SchemaStatements.NameIndex}}', $query, {limit: $limit}) YIELD node, score
        RETURN {{Projections.Entity("node")}} AS entity, score
        """,
        "query", "limit");

    /// <summary>The best-scored matches of the given kinds: the kinds are kept before the limit is applied.</summary>
    public static CypherStatement OfKinds { get; } = new(
        "Search.OfKinds",
        $$"""
        CALL db.index.fulltext.queryNodes('{{SchemaStatements.NameIndex}}', $query) YIELD node, score
        WHERE node.kind IN $kinds
        RETURN {{Projections.Entity("node")}} AS entity, score
        ORDER BY score DESC
        LIMIT $limit
        """,
        "query", "kinds", "limit");

    public static IEnumerable<CypherStatement> All => [AnyKind, OfKinds];
}
