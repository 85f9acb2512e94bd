using System.Text.Json;

namespace Graph.Storage.Neo4j.Http;

/// <summary>
/// What one Query API answer carried (https://neo4j.com/docs/query-api/current/query/ and
/// .../transactions/): the rows, the bookmarks, the transaction it belongs to and the cluster member holding it.
/// </summary>
internal sealed record QueryApiResponse(
    CypherResult Result,
    IReadOnlyList<string> Bookmarks,
    string? TransactionId,
    DateTimeOffset? Expires,
    string? Affinity,
    DateTimeOffset? ServerDate)
{
    public static QueryApiResponse Empty(string? affinity, DateTimeOffset? serverDate) =>
        new(CypherResult.Empty, [], null, null, affinity, serverDate);

    /// <summary>The first entry of the <c>errors</c> array, which any answer may carry whatever its status.</summary>
    public static (string? Code, string Message)? FirstError(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("errors", out var errors)
            || errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
            return null;
        var first = errors[0];
        if (first.ValueKind != JsonValueKind.Object)
            return (null, first.ToString());
        return (Text(first, "code"), Text(first, "message") ?? Text(first, "description") ?? "(no message)");
    }

    public static QueryApiResponse Read(JsonElement root, string? affinity, DateTimeOffset? serverDate)
    {
        var result = CypherResult.Empty;
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
            result = ReadData(data);
        IReadOnlyList<string> bookmarks = root.TryGetProperty("bookmarks", out var marks) && marks.ValueKind == JsonValueKind.Array
            ? [.. marks.EnumerateArray().Select(m => m.GetString()!)]
            : [];
        string? id = null;
        DateTimeOffset? expires = null;
        if (root.TryGetProperty("transaction", out var transaction) && transaction.ValueKind == JsonValueKind.Object)
        {
            id = Text(transaction, "id");
            if (Text(transaction, "expires") is { } text
                && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture,
                    System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed))
                expires = parsed;
        }
        return new QueryApiResponse(result, bookmarks, id, expires, affinity, serverDate);
    }

    private static CypherResult ReadData(JsonElement data)
    {
        string[] fields = data.TryGetProperty("fields", out var names) && names.ValueKind == JsonValueKind.Array
            ? [.. names.EnumerateArray().Select(n => n.GetString()!)]
            : [];
        if (!data.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Array)
            return new CypherResult(fields, []);
        var rows = new List<IReadOnlyList<object?>>(values.GetArrayLength());
        foreach (var row in values.EnumerateArray())
        {
            // A row is an array of values; a bare value is tolerated as a row of one.
            rows.Add(row.ValueKind == JsonValueKind.Array
                ? [.. row.EnumerateArray().Select(TypedValues.Decode)]
                : [TypedValues.Decode(row)]);
        }
        return new CypherResult(fields, rows);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
