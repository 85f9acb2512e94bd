using System.Text.Json;
using System.Text.Json.Serialization;
using Graph.Domain.Model;

namespace Graph.Storage.Neo4j.Cypher;

/// <summary>
/// The JSON of what Neo4j cannot hold as a property: sources (a list of records) and FollowTheMoney properties
/// (a map of lists). Both are kept as JSON strings so that a record reads back exactly as it was written.
/// </summary>
internal static class GraphJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new PartialDateJsonConverter() },
    };

    public static string Write(IReadOnlyList<Source> sources) => JsonSerializer.Serialize(sources, Options);

    public static string Write(IReadOnlyDictionary<string, IReadOnlyList<string>> properties) => JsonSerializer.Serialize(properties, Options);

    public static IReadOnlyList<Source> ReadSources(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<Source>>(json, Options) ?? [];

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ReadProperties(string? json) =>
        string.IsNullOrEmpty(json)
            ? new Dictionary<string, IReadOnlyList<string>>()
            : JsonSerializer.Deserialize<Dictionary<string, IReadOnlyList<string>>>(json, Options) ?? [];
}
