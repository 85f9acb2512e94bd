namespace Graph.Storage.Neo4j.Http;

/// <summary>
/// The rows a statement returned, with values decoded from the Query API's typed JSON into plain .NET values:
/// <c>null</c>, <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>,
/// <see cref="IReadOnlyList{T}"/> of <c>object?</c>, <see cref="IReadOnlyDictionary{TKey,TValue}"/> of
/// <c>string</c> to <c>object?</c>, and dates and times as their ISO text.
/// </summary>
/// <param name="Fields">The column names, in order.</param>
/// <param name="Rows">The rows; each has one value per field.</param>
public sealed record CypherResult(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>A result without rows.</summary>
    public static CypherResult Empty { get; } = new([], []);
}
