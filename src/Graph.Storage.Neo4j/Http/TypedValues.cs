using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json;

namespace Graph.Storage.Neo4j.Http;

/// <summary>
/// Decodes the values of a Query API answer into plain .NET values. Typed JSON
/// (<c>application/vnd.neo4j.query</c>, https://neo4j.com/docs/query-api/current/typed-json/) wraps each value as
/// <c>{"$type": "...", "_value": ...}</c>; plain JSON (https://neo4j.com/docs/query-api/current/plain-json/) is
/// accepted too, for servers or proxies that answer <c>application/json</c>.
/// </summary>
/// <remarks>
/// Null → <c>null</c>; Boolean → <see cref="bool"/>; Integer → <see cref="long"/>; Float → <see cref="double"/>
/// (including NaN and ±Infinity); String → <see cref="string"/>; Base64 → <see cref="byte"/>[];
/// List and Path → <see cref="IReadOnlyList{T}"/> of <c>object?</c>; Map → <see cref="IReadOnlyDictionary{TKey,TValue}"/>
/// of <c>string</c> to <c>object?</c>; Date, Time, LocalTime, DateTime, ZonedDateTime, OffsetDateTime,
/// LocalDateTime, Duration and Point → their ISO/WKT text as the server wrote it (Neo4j's ranges and named zones
/// do not all fit .NET's types); Node and Relationship → a read-only map of their properties plus the
/// <see cref="ElementIdKey"/>, <see cref="LabelsKey"/> (an <see cref="IReadOnlyList{T}"/> of <see cref="string"/>),
/// <see cref="TypeKey"/>, <see cref="StartKey"/> and <see cref="EndKey"/> entries. A path is the list of its nodes
/// and relationships in the server's order.
/// </remarks>
internal static class TypedValues
{
    /// <summary>The element id of a decoded node or relationship.</summary>
    public const string ElementIdKey = "_element_id";

    /// <summary>The labels of a decoded node, as an <see cref="IReadOnlyList{T}"/> of <see cref="string"/>.</summary>
    public const string LabelsKey = "_labels";

    /// <summary>The type of a decoded relationship.</summary>
    public const string TypeKey = "_type";

    /// <summary>The element id of a decoded relationship's start node.</summary>
    public const string StartKey = "_start_node_element_id";

    /// <summary>The element id of a decoded relationship's end node.</summary>
    public const string EndKey = "_end_node_element_id";

    public static object? Decode(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object when IsTyped(element, out var type, out var value) => DecodeTyped(type, value),
        JsonValueKind.Object => DecodePlainObject(element),
        JsonValueKind.Array => DecodeList(element),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? integer : (object)element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static bool IsTyped(JsonElement element, out string type, out JsonElement value)
    {
        type = "";
        value = default;
        if (!element.TryGetProperty("$type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String
            || !element.TryGetProperty("_value", out value))
            return false;
        type = typeElement.GetString()!;
        return true;
    }

    private static object? DecodeTyped(string type, JsonElement value) => type switch
    {
        "Null" => null,
        "Boolean" => value.ValueKind == JsonValueKind.String ? bool.Parse(value.GetString()!) : value.GetBoolean(),
        "Integer" => ParseInteger(value),
        "Float" => ParseFloat(value),
        "String" => Text(value),
        "Base64" => Convert.FromBase64String(value.GetString()!),
        "List" or "Path" => DecodeList(value),
        "Map" => DecodeMap(value),
        "Node" => DecodeNode(value),
        "Relationship" => DecodeRelationship(value),
        "Vector" => DecodeVector(value),
        "Date" or "Time" or "LocalTime" or "DateTime" or "ZonedDateTime" or "OffsetDateTime" or "LocalDateTime"
            or "Duration" or "Point" or "UUID" or "Unsupported" => Text(value),
        _ => Decode(value),
    };

    private static long ParseInteger(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? long.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)
        : value.GetInt64();

    private static double ParseFloat(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
            return value.GetDouble();
        var text = value.GetString()!;
        return text.ToUpperInvariant() switch
        {
            "NAN" or "-NAN" => double.NaN,
            "INFINITY" or "+INFINITY" => double.PositiveInfinity,
            "-INFINITY" => double.NegativeInfinity,
            _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }

    private static string Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static object?[] DecodeList(JsonElement array)
    {
        var items = new object?[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
            items[i++] = Decode(item);
        return items;
    }

    private static ReadOnlyDictionary<string, object?> DecodeMap(JsonElement map) => new(Properties(map));

    private static Dictionary<string, object?> Properties(JsonElement map)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (map.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in map.EnumerateObject())
                properties[property.Name] = Decode(property.Value);
        }
        return properties;
    }

    private static ReadOnlyDictionary<string, object?> DecodeNode(JsonElement node) => Entity(
        node.GetProperty("_properties"),
        (ElementIdKey, OptionalText(node, "_element_id")),
        (LabelsKey, Labels(node.GetProperty("_labels"))));

    private static ReadOnlyDictionary<string, object?> DecodeRelationship(JsonElement relationship) => Entity(
        relationship.GetProperty("_properties"),
        (ElementIdKey, OptionalText(relationship, "_element_id")),
        (TypeKey, OptionalText(relationship, "_type")),
        (StartKey, OptionalText(relationship, "_start_node_element_id")),
        (EndKey, OptionalText(relationship, "_end_node_element_id")));

    /// <summary>Plain JSON writes nodes and relationships as objects with fixed keys; they decode as typed ones do.</summary>
    private static ReadOnlyDictionary<string, object?> DecodePlainObject(JsonElement element)
    {
        if (Has(element, 3, "elementId", "labels", "properties"))
        {
            return Entity(element.GetProperty("properties"),
                (ElementIdKey, OptionalText(element, "elementId")),
                (LabelsKey, Labels(element.GetProperty("labels"))));
        }
        if (Has(element, 5, "elementId", "startNodeElementId", "endNodeElementId", "type", "properties"))
        {
            return Entity(element.GetProperty("properties"),
                (ElementIdKey, OptionalText(element, "elementId")),
                (TypeKey, OptionalText(element, "type")),
                (StartKey, OptionalText(element, "startNodeElementId")),
                (EndKey, OptionalText(element, "endNodeElementId")));
        }
        return DecodeMap(element);
    }

    private static bool Has(JsonElement element, int count, params string[] keys)
    {
        var found = 0;
        foreach (var property in element.EnumerateObject())
        {
            if (Array.IndexOf(keys, property.Name) < 0)
                return false;
            found++;
        }
        return found == count;
    }

    /// <summary>The entity's own entries win over a property of the same name.</summary>
    private static ReadOnlyDictionary<string, object?> Entity(JsonElement properties, params (string Key, object? Value)[] own)
    {
        var map = Properties(properties);
        foreach (var (key, value) in own)
            map[key] = value;
        return new ReadOnlyDictionary<string, object?>(map);
    }

    private static string? OptionalText(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string[] Labels(JsonElement labels) =>
        labels.ValueKind == JsonValueKind.Array ? [.. labels.EnumerateArray().Select(l => l.GetString()!)] : [];

    private static object?[] DecodeVector(JsonElement vector)
    {
        var floating = vector.GetProperty("coordinatesType").GetString()!.StartsWith("FLOAT", StringComparison.OrdinalIgnoreCase);
        return [.. vector.GetProperty("coordinates").EnumerateArray()
            .Select(c => floating ? (object?)ParseFloat(c) : ParseInteger(c))];
    }
}
