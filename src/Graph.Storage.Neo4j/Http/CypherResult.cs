namespace Graph.Storage.Neo4j.Http;

/// <summary>
/// The rows a statement returned, with values decoded from the Query API's typed JSON into plain .NET values:
/// <c>null</c>, <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>,
/// <see cref="byte"/>[], <see cref="IReadOnlyList{T}"/> of <c>object?</c>, <see cref="IReadOnlyDictionary{TKey,TValue}"/>
/// of <c>string</c> to <c>object?</c>, and dates, times, durations and points as their ISO text. A node or
/// relationship is a map of its properties plus <c>_element_id</c>, <c>_labels</c> (a list of strings) or
/// <c>_type</c>, <c>_start_node_element_id</c> and <c>_end_node_element_id</c>; a path is the list of its nodes and
/// relationships. See <see cref="TypedValues"/>.
/// </summary>
/// <param name="Fields">The column names, in order.</param>
/// <param name="Rows">The rows; each has one value per field.</param>
public sealed record CypherResult(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>A result without rows.</summary>
    public static CypherResult Empty { get; } = new([], []);

    /// <summary>The position of a column, or a clear error naming the columns there are.</summary>
    /// <exception cref="KeyNotFoundException">The statement returned no column of that name.</exception>
    public int IndexOf(string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (string.Equals(Fields[i], field, StringComparison.Ordinal))
                return i;
        }
        throw new KeyNotFoundException($"The result has no column '{field}'; it has {(Fields.Count == 0 ? "none" : string.Join(", ", Fields))}.");
    }
}
