using System.Buffers;
using System.Text.Json;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Storage.Neo4j.Http;

/// <summary>
/// The JSON bodies the adapter sends (https://neo4j.com/docs/query-api/current/query/): the statement text, its
/// parameters in typed JSON, <c>accessMode</c> for reads and the bookmarks to wait for. Values are only ever
/// parameters, never spliced into the text. Fields go in the order older servers expect.
/// </summary>
internal static class RequestBody
{
    /// <summary>The media type of typed JSON, for parameters sent and values received.</summary>
    public const string TypedJson = "application/vnd.neo4j.query";

    public static byte[] Statement(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters,
        AccessMode? access, IReadOnlyCollection<string> bookmarks)
    {
        foreach (var name in statement.Parameters)
        {
            if (!parameters.ContainsKey(name))
                throw new ArgumentException($"Statement {statement.Name} uses ${name}, but no value was given for it.", nameof(parameters));
        }
        return Write(writer =>
        {
            writer.WriteString("statement", statement.Text);
            writer.WritePropertyName("parameters");
            ParameterValues.WriteMap(writer, parameters, statement.Name);
            if (access == AccessMode.Read)
                writer.WriteString("accessMode", "Read");
            WriteBookmarks(writer, bookmarks);
        });
    }

    /// <summary>The body that opens a transaction: empty, or only the bookmarks to wait for.</summary>
    public static byte[]? Begin(IReadOnlyCollection<string> bookmarks) =>
        bookmarks.Count == 0 ? null : Write(writer => WriteBookmarks(writer, bookmarks));

    private static void WriteBookmarks(Utf8JsonWriter writer, IReadOnlyCollection<string> bookmarks)
    {
        if (bookmarks.Count == 0)
            return;
        writer.WriteStartArray("bookmarks");
        foreach (var bookmark in bookmarks)
            writer.WriteStringValue(bookmark);
        writer.WriteEndArray();
    }

    private static byte[] Write(Action<Utf8JsonWriter> fields)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            fields(writer);
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
