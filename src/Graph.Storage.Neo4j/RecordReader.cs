using Graph.Domain.Model;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Http;

namespace Graph.Storage.Neo4j;

/// <summary>
/// Turns the maps the statements project (see <see cref="Projections"/>) back into records. Values arrive decoded:
/// strings, longs, lists of objects and maps; a property a node lacks arrives as null.
/// </summary>
internal static class RecordReader
{
    public static Entity Entity(object? value)
    {
        var map = Map(value, "entity");
        var kind = Text(map, "kind");
        return new Entity(Text(map, "id"), Enum.TryParse<EntityKind>(kind, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new FormatException($"The entity node {Text(map, "id")} has the unknown kind '{kind}'."), Text(map, "name"))
        {
            Aliases = Strings(map, "aliases"),
            Properties = GraphJson.ReadProperties(OptionalText(map, "properties")),
            Sources = GraphJson.ReadSources(OptionalText(map, "sources")),
            Note = OptionalText(map, "note"),
        };
    }

    public static Sanction Sanction(object? value)
    {
        var map = Map(value, "sanction");
        return new Sanction(Text(map, "id"), Text(map, "authorityId"), Text(map, "targetId"))
        {
            Programs = Strings(map, "programs"),
            Provisions = Strings(map, "provisions"),
            ListedOn = Date(map, "listedOn"),
            EndedOn = Date(map, "endedOn"),
            Reason = OptionalText(map, "reason"),
            Dataset = OptionalText(map, "dataset"),
            FirstSeen = Date(map, "firstSeen"),
            LastSeen = Date(map, "lastSeen"),
            Note = OptionalText(map, "note"),
            Sources = GraphJson.ReadSources(OptionalText(map, "sources")),
        };
    }

    public static Relationship Relationship(object? value)
    {
        var map = Map(value, "relationship");
        return new Relationship(Text(map, "id"), Text(map, "type"), Text(map, "fromId"), Text(map, "toId"))
        {
            Role = OptionalText(map, "role"),
            StartDate = Date(map, "startDate"),
            EndDate = Date(map, "endDate"),
            Note = OptionalText(map, "note"),
            Sources = GraphJson.ReadSources(OptionalText(map, "sources")),
        };
    }

    /// <summary>The insertion sequence number of a projected node or relationship; 0 when it has none.</summary>
    public static long Seq(object? value) => Map(value, "record").GetValueOrDefault("seq") is long seq ? seq : 0;

    public static IReadOnlyDictionary<string, object?> Map(object? value, string what) =>
        value as IReadOnlyDictionary<string, object?>
        ?? throw new FormatException($"Expected a map for the {what}, got {Describe(value)}.");

    public static IReadOnlyList<object?> List(object? value, string what) =>
        value as IReadOnlyList<object?>
        ?? throw new FormatException($"Expected a list for the {what}, got {Describe(value)}.");

    public static long Long(object? value, string what) =>
        value as long? ?? throw new FormatException($"Expected an integer for the {what}, got {Describe(value)}.");

    public static string String(object? value, string what) =>
        value as string ?? throw new FormatException($"Expected a string for the {what}, got {Describe(value)}.");

    /// <summary>The rows of a result, each as a column-name lookup, for statements read by column name.</summary>
    public static IEnumerable<Func<string, object?>> Rows(CypherResult result) =>
        result.Rows.Select(row => (Func<string, object?>)(field => row[result.IndexOf(field)]));

    private static string Text(IReadOnlyDictionary<string, object?> map, string key) =>
        map.GetValueOrDefault(key) as string ?? throw new FormatException($"The record has no text '{key}': {string.Join(", ", map.Keys)}.");

    private static string? OptionalText(IReadOnlyDictionary<string, object?> map, string key) => map.GetValueOrDefault(key) as string;

    private static string[] Strings(IReadOnlyDictionary<string, object?> map, string key) =>
        map.GetValueOrDefault(key) is IReadOnlyList<object?> items ? [.. items.OfType<string>()] : [];

    private static PartialDate? Date(IReadOnlyDictionary<string, object?> map, string key) =>
        OptionalText(map, key) is { } text ? PartialDate.Parse(text) : null;

    private static string Describe(object? value) => value is null ? "null" : value.GetType().Name;
}
