using System.Text.Json;
using Graph.Api.Errors;

namespace Graph.Api.Matching.Reconcile;

/// <summary>
/// Reads version 0.2's reconciliation queries: a batch <c>{"q0": {"query": "...", "type": "Person", "limit": 3,
/// "properties": [{"pid": "birthDate", "v": "1965"}]}}</c>, or one query, as an object or as the bare name. A query the
/// service cannot read refuses the batch with a message naming the place, since 0.2 has no error per query.
/// </summary>
internal static class Reconcile02QueryReader
{
    public static IReadOnlyList<(string Key, ReconcileQuery Query)>? ReadBatch(JsonElement batch, out string? problem)
    {
        problem = null;
        if (batch.ValueKind != JsonValueKind.Object)
        {
            problem = """queries: give an object of queries by key, e.g. {"q0": {"query": "Sadio Camara"}}.""";
            return null;
        }
        var read = new List<(string, ReconcileQuery)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in batch.EnumerateObject())
        {
            if (read.Count == MatchingLimits.MaxBatch)
            {
                problem = $"queries: too many queries in one batch; at most {MatchingLimits.MaxBatch}, as the manifest's batchSize says.";
                return null;
            }
            var place = $"queries.{MessageText.Shorten(entry.Name, 40)}";
            if (!keys.Add(entry.Name)) problem = $"{place}: the key is given twice.";
            var query = problem is null ? ReadQuery(entry.Value, place, out problem) : null;
            if (query is null) return null;
            read.Add((entry.Name, query));
        }
        return read;
    }

    /// <summary>One query: an object, or a string that is the name.</summary>
    public static ReconcileQuery? ReadQuery(JsonElement value, string place, out string? problem)
    {
        var builder = new ReconcileQueryBuilder();
        problem = value.ValueKind switch
        {
            JsonValueKind.String => builder.AddName(value.GetString()!, place),
            JsonValueKind.Object => ReadFields(value, place, builder),
            _ => $"{place}: give a query object, e.g. {{\"query\": \"Sadio Camara\", \"type\": \"Person\"}}.",
        };
        return problem is null ? builder.Build() : null;
    }

    /// <summary>A query that is only a name, as 0.1 clients send <c>query=NAME</c>.</summary>
    public static ReconcileQuery? ReadName(string name, string place, out string? problem)
    {
        var builder = new ReconcileQueryBuilder();
        problem = builder.AddName(name, place);
        return problem is null ? builder.Build() : null;
    }

    private static string? ReadFields(JsonElement query, string place, ReconcileQueryBuilder builder)
    {
        foreach (var field in query.EnumerateObject())
        {
            var at = $"{place}.{MessageText.Shorten(field.Name, 40)}";
            var value = field.Value;
            var problem = field.Name switch
            {
                "query" => value.ValueKind == JsonValueKind.String ? builder.AddName(value.GetString()!, at) : $"{at}: give the name to match as a string.",
                "type" => ReadTypes(value, at, builder),
                "limit" => value.ValueKind == JsonValueKind.Number ? builder.SetLimit(value.GetDouble(), at) : $"{at}: give a positive whole number.",
                "properties" => ReadProperties(value, at, builder),
                // Accepted as the specification allows them; OpenRefine does not use type_strict, nor does this service.
                _ => null,
            };
            if (problem is not null) return problem;
        }
        return null;
    }

    private static string? ReadTypes(JsonElement value, string place, ReconcileQueryBuilder builder)
    {
        if (value.ValueKind == JsonValueKind.String) return builder.AddType(value.GetString()!, place);
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() > FtmSchemas.Matchable.Count + 1) return $"{place}: give a type id or an array of at most {FtmSchemas.Matchable.Count + 1} of them.";
        var i = 0;
        foreach (var type in value.EnumerateArray())
        {
            var at = $"{place}[{i++}]";
            var problem = type.ValueKind == JsonValueKind.String ? builder.AddType(type.GetString()!, at) : $"{at}: give a type id as a string.";
            if (problem is not null) return problem;
        }
        return null;
    }

    private static string? ReadProperties(JsonElement value, string place, ReconcileQueryBuilder builder)
    {
        if (value.ValueKind != JsonValueKind.Array) return $"{place}: give an array of {{\"pid\": ..., \"v\": ...}}.";
        if (value.GetArrayLength() > MatchingLimits.MaxPropertiesPerQuery) return $"{place}: give at most {MatchingLimits.MaxPropertiesPerQuery} properties.";
        var i = 0;
        foreach (var property in value.EnumerateArray())
        {
            var at = $"{place}[{i++}]";
            if (property.ValueKind != JsonValueKind.Object
                || !property.TryGetProperty("pid", out var pid) || pid.ValueKind != JsonValueKind.String
                || !property.TryGetProperty("v", out var v))
            {
                return $"{at}: give {{\"pid\": \"birthDate\", \"v\": \"1965\"}}.";
            }
            var problem = ReconcileValues.Read(v, $"{at}.v", out var values);
            foreach (var text in values)
            {
                problem ??= builder.AddProperty(pid.GetString()!, text, $"{at}.pid");
            }
            if (problem is not null) return problem;
        }
        return null;
    }
}
