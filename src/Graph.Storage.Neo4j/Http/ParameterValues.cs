using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Xml;

namespace Graph.Storage.Neo4j.Http;

/// <summary>
/// Writes statement parameters as the Query API's typed JSON (https://neo4j.com/docs/query-api/current/typed-json/),
/// so that Cypher sees exactly the type the caller meant: an integral <see cref="double"/> stays a FLOAT and a
/// <see cref="long"/> an INTEGER, which plain JSON cannot tell apart.
/// </summary>
/// <remarks>
/// <c>null</c> → Null; <see cref="string"/>, <see cref="char"/>, <see cref="Guid"/> and enums → String; <see cref="bool"/>
/// → Boolean; every integral type → Integer; <see cref="float"/>, <see cref="double"/> and <see cref="decimal"/> →
/// Float; <see cref="byte"/>[] → Base64; <see cref="DateOnly"/> → Date; <see cref="TimeOnly"/> → LocalTime;
/// <see cref="DateTimeOffset"/> and a UTC or local <see cref="DateTime"/> → OffsetDateTime; an unspecified
/// <see cref="DateTime"/> → LocalDateTime; <see cref="TimeSpan"/> → Duration; dictionaries with string keys → Map;
/// any other <see cref="IEnumerable"/> → List. Anything else is refused, naming the parameter.
/// </remarks>
internal static class ParameterValues
{
    private const int MaxDepth = 64;

    public static void WriteMap(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> parameters, string statement)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in parameters)
        {
            writer.WritePropertyName(name);
            Write(writer, value, name, statement, 0);
        }
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, object? value, string path, string statement, int depth)
    {
        if (depth > MaxDepth)
            throw Refuse(path, statement, $"nests deeper than {MaxDepth} levels (does a list contain itself?)");
        switch (value)
        {
            case null: Typed(writer, "Null").WriteNullValue(); break;
            case string text: Typed(writer, "String").WriteStringValue(text); break;
            case char character: Typed(writer, "String").WriteStringValue(character.ToString()); break;
            case Guid guid: Typed(writer, "String").WriteStringValue(guid.ToString("D")); break;
            case Enum member: Typed(writer, "String").WriteStringValue(member.ToString()); break;
            case bool flag: Typed(writer, "Boolean").WriteBooleanValue(flag); break;
            case sbyte or byte or short or ushort or int or uint or long:
                Typed(writer, "Integer").WriteStringValue(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case ulong big when big <= long.MaxValue:
                Typed(writer, "Integer").WriteStringValue(big.ToString(CultureInfo.InvariantCulture));
                break;
            case ulong:
                throw Refuse(path, statement, "is larger than the largest Cypher INTEGER");
            case float or double or decimal:
                Typed(writer, "Float").WriteStringValue(FloatText(Convert.ToDouble(value, CultureInfo.InvariantCulture)));
                break;
            case byte[] bytes: Typed(writer, "Base64").WriteBase64StringValue(bytes); break;
            case DateOnly date: Typed(writer, "Date").WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case TimeOnly time: Typed(writer, "LocalTime").WriteStringValue(time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)); break;
            case DateTimeOffset instant: Typed(writer, "OffsetDateTime").WriteStringValue(OffsetText(instant)); break;
            case DateTime { Kind: DateTimeKind.Unspecified } local:
                Typed(writer, "LocalDateTime").WriteStringValue(local.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
                break;
            case DateTime instant: Typed(writer, "OffsetDateTime").WriteStringValue(OffsetText(new DateTimeOffset(instant))); break;
            case TimeSpan span: Typed(writer, "Duration").WriteStringValue(XmlConvert.ToString(span)); break;
            case IReadOnlyDictionary<string, object?> map: WriteMap(writer, map, path, statement, depth); break;
            case IDictionary map: WriteMap(writer, map, path, statement, depth); break;
            case IEnumerable<KeyValuePair<string, object?>> pairs: WriteMap(writer, pairs, path, statement, depth); break;
            case IEnumerable items: WriteList(writer, items, path, statement, depth); break;
            default:
                throw Refuse(path, statement, $"is a {value.GetType().Name}; pass null, a string, bool, integer, " +
                    "floating-point number, byte[], date or time, or a list or string-keyed map of those");
        }
        writer.WriteEndObject();
    }

    private static Utf8JsonWriter Typed(Utf8JsonWriter writer, string type)
    {
        // Servers before 2026.08 need "$type" before "_value".
        writer.WriteStartObject();
        writer.WriteString("$type", type);
        writer.WritePropertyName("_value");
        return writer;
    }

    private static void WriteMap(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map, string path, string statement, int depth)
    {
        Typed(writer, "Map").WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            Write(writer, item, $"{path}.{key}", statement, depth + 1);
        }
        writer.WriteEndObject();
    }

    private static void WriteMap(Utf8JsonWriter writer, IDictionary map, string path, string statement, int depth)
    {
        Typed(writer, "Map").WriteStartObject();
        foreach (DictionaryEntry entry in map)
        {
            if (entry.Key is not string key)
                throw Refuse(path, statement, $"is a map whose keys are {entry.Key.GetType().Name}, not strings");
            writer.WritePropertyName(key);
            Write(writer, entry.Value, $"{path}.{key}", statement, depth + 1);
        }
        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, IEnumerable items, string path, string statement, int depth)
    {
        Typed(writer, "List").WriteStartArray();
        var index = 0;
        foreach (var item in items)
            Write(writer, item, $"{path}[{index++}]", statement, depth + 1);
        writer.WriteEndArray();
    }

    private static string FloatText(double value) => value switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static string OffsetText(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    private static ArgumentException Refuse(string path, string statement, string problem) =>
        new($"Parameter ${path} of statement {statement} {problem}.");
}
