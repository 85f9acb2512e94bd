using System.Text.Json;
using Graph.Api.Errors;

namespace Graph.Api.Matching.Yente;

/// <summary>
/// Reads yente's <c>EntityMatchQuery</c>: <c>{"queries": {"KEY": {"schema": "Person", "properties": {"name": [...], ...}}}}</c>.
/// A body that is not of that shape, or holds more than <see cref="MatchingLimits.MaxBatch"/> queries, is refused whole;
/// a query that cannot run (no name, an unknown schema, a value of the wrong JSON type) gets its own status 400, and the
/// others still run.
/// </summary>
internal static class YenteQueryReader
{
    private const int MaxKeyLength = 200;
    private static readonly string[] NameParts = ["firstName", "secondName", "middleName", "fatherName", "lastName"];

    /// <summary>The queries, or null with a problem that refuses the whole body.</summary>
    public static IReadOnlyList<YenteQuery>? Read(JsonElement root, out string? problem)
    {
        problem = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            problem = """The body must be an object: {"queries": {"KEY": {"schema": "Person", "properties": {"name": ["..."]}}}}.""";
            return null;
        }
        if (root.TryGetProperty("config", out var config) && config.ValueKind == JsonValueKind.Object && config.EnumerateObject().FirstOrDefault() is { Name: { } name } && name.Length > 0)
        {
            problem = $"config: '{MessageText.Shorten(name, 40)}' is not a configuration parameter of the algorithm {YenteAlgorithms.Ours}, which has none.";
            return null;
        }
        if (!root.TryGetProperty("queries", out var queries) || queries.ValueKind != JsonValueKind.Object)
        {
            problem = """queries: give an object of queries by key, e.g. {"queries": {"q1": {"schema": "Person", "properties": {"name": ["Sadio Camara"]}}}}.""";
            return null;
        }
        var count = 0;
        foreach (var _ in queries.EnumerateObject())
        {
            if (++count > MatchingLimits.MaxBatch)
            {
                problem = $"Too many queries in one batch: at most {MatchingLimits.MaxBatch}; send the rest in another request.";
                return null;
            }
        }
        var read = new List<YenteQuery>(count);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var query in queries.EnumerateObject())
        {
            if (query.Name.Length > MaxKeyLength || !keys.Add(query.Name))
            {
                problem = query.Name.Length > MaxKeyLength
                    ? $"queries: a key must be at most {MaxKeyLength} characters long."
                    : $"queries: the key '{MessageText.Shorten(query.Name, 40)}' is given twice.";
                return null;
            }
            // yente skips a query that is null.
            if (query.Value.ValueKind != JsonValueKind.Null) read.Add(ReadQuery(query.Name, query.Value));
        }
        if (read.Count == 0) problem = "queries: no queries provided; give at least one.";
        return problem is null ? read : null;
    }

    private static YenteQuery ReadQuery(string key, JsonElement value)
    {
        var place = $"queries.{MessageText.Shorten(key, 40)}";
        var draft = new MatchQueryDraft();
        if (value.ValueKind != JsonValueKind.Object) return Failed(key, null, "", draft, $"{place}: give an object with a schema and properties.");
        var id = value.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : null;
        if (!value.TryGetProperty("schema", out var schemaValue) || schemaValue.ValueKind != JsonValueKind.String)
        {
            return Failed(key, id, "", draft, $"{place}.schema: give the FtM schema as a string, one of {FtmSchemas.Names}.");
        }
        var schemaName = schemaValue.GetString()!;
        if (!FtmSchemas.TryFind(schemaName, out var schema))
        {
            return Failed(key, id, schemaName, draft, $"{place}.schema: '{MessageText.Shorten(schemaName, 40)}' is not a schema this service matches; give one of {FtmSchemas.Names}.");
        }
        if (!value.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return Failed(key, id, schema.Name, draft, $"{place}.properties: give an object of FtM properties, e.g. {{\"name\": [\"Sadio Camara\"]}}.");
        }
        var problem = ReadProperties(properties, $"{place}.properties", draft, out var nameParts);
        if (problem is null && !draft.HasName && nameParts.Count > 0) problem = draft.Add("name", string.Join(' ', nameParts), $"{place}.properties.lastName");
        problem ??= draft.HasName ? null : $"{place}.properties.name: give at least one name to match.";
        return problem is not null
            ? Failed(key, id, schema.Name, draft, problem)
            : new YenteQuery(key, id, schema.Name, schema, draft.Build(schema.Kind), draft.Used, null);
    }

    private static string? ReadProperties(JsonElement properties, string place, MatchQueryDraft draft, out List<string> nameParts)
    {
        nameParts = [];
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        var count = 0;
        foreach (var property in properties.EnumerateObject())
        {
            if (++count > MatchingLimits.MaxPropertiesPerQuery) return $"{place}: give at most {MatchingLimits.MaxPropertiesPerQuery} properties.";
            var at = $"{place}.{MessageText.Shorten(property.Name, 40)}";
            var problem = ReadValues(property.Value, at, out var values);
            if (problem is not null) return problem;
            foreach (var (text, i) in values.Select((v, i) => (v, i)))
            {
                problem = draft.Add(property.Name, text, $"{at}[{i}]");
                if (problem is not null) return problem;
            }
            if (NameParts.Contains(property.Name) && values.FirstOrDefault(v => v.Trim().Length > 0) is { } part) parts[property.Name] = part.Trim();
        }
        nameParts = [.. NameParts.Where(parts.ContainsKey).Select(p => parts[p])];
        return null;
    }

    /// <summary>A property's values: a string, or an array of strings and numbers, as yente's <c>EntityExample</c> allows.</summary>
    private static string? ReadValues(JsonElement value, string place, out List<string> values)
    {
        values = [];
        if (value.ValueKind == JsonValueKind.String)
        {
            values.Add(value.GetString()!);
            return null;
        }
        if (value.ValueKind != JsonValueKind.Array) return $"{place}: give a string or an array of strings, not {JsonKinds.Describe(value.ValueKind)}.";
        if (value.GetArrayLength() > MatchingLimits.MaxValuesPerProperty) return $"{place}: give at most {MatchingLimits.MaxValuesPerProperty} values.";
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            switch (item.ValueKind)
            {
                case JsonValueKind.String: values.Add(item.GetString()!); break;
                case JsonValueKind.Number: values.Add(item.GetRawText()); break;
                default: return $"{place}[{i}]: give a string, not {JsonKinds.Describe(item.ValueKind)}.";
            }
            i++;
        }
        return null;
    }

    private static YenteQuery Failed(string key, string? id, string schema, MatchQueryDraft draft, string problem) =>
        new(key, id, schema, null, null, draft.Used, problem);
}
