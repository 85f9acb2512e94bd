using System.Text.Json;
using Graph.Api.Errors;

namespace Graph.Api.Matching.Reconcile;

/// <summary>
/// Reads version 1.0-draft's reconciliation query batch: <c>{"queries": [{"type": "Person", "limit": 3, "conditions":
/// [{"matchType": "name", "propertyValue": "Sadio Camara"}, {"matchType": "property", "propertyId": "birthDate",
/// "propertyValue": "1965"}]}]}</c>. <c>required</c>, <c>matchQualifier</c> and the <c>matchQuantifier</c>s <c>any</c>
/// and <c>all</c> are accepted and leave the scoring as it is (every value counts); <c>none</c> is refused, since it would
/// invert the condition.
/// </summary>
internal static class Reconcile10QueryReader
{
    public static IReadOnlyList<ReconcileQuery>? Read(JsonElement root, out string? problem)
    {
        problem = null;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("queries", out var queries) || queries.ValueKind != JsonValueKind.Array)
        {
            problem = """queries: give an array of queries, e.g. {"queries": [{"conditions": [{"matchType": "name", "propertyValue": "Sadio Camara"}]}]}.""";
            return null;
        }
        if (queries.GetArrayLength() > MatchingLimits.MaxBatch)
        {
            problem = $"queries: too many queries in one batch; at most {MatchingLimits.MaxBatch}, as the manifest's batchSize says.";
            return null;
        }
        var read = new List<ReconcileQuery>();
        var i = 0;
        foreach (var query in queries.EnumerateArray())
        {
            var builder = new ReconcileQueryBuilder();
            problem = ReadQuery(query, $"queries[{i++}]", builder);
            if (problem is not null) return null;
            read.Add(builder.Build());
        }
        return read;
    }

    private static string? ReadQuery(JsonElement query, string place, ReconcileQueryBuilder builder)
    {
        if (query.ValueKind != JsonValueKind.Object) return $"{place}: give a query object with conditions.";
        if (!query.TryGetProperty("conditions", out var conditions) || conditions.ValueKind != JsonValueKind.Array || conditions.GetArrayLength() == 0)
        {
            return $"{place}.conditions: give an array of at least one condition.";
        }
        if (conditions.GetArrayLength() > MatchingLimits.MaxPropertiesPerQuery) return $"{place}.conditions: give at most {MatchingLimits.MaxPropertiesPerQuery} conditions.";
        if (query.TryGetProperty("type", out var type))
        {
            var problem = type.ValueKind == JsonValueKind.String ? builder.AddType(type.GetString()!, $"{place}.type") : $"{place}.type: give a type id as a string.";
            if (problem is not null) return problem;
        }
        if (query.TryGetProperty("limit", out var limit))
        {
            var problem = limit.ValueKind == JsonValueKind.Number ? builder.SetLimit(limit.GetDouble(), $"{place}.limit") : $"{place}.limit: give a positive whole number.";
            if (problem is not null) return problem;
        }
        var i = 0;
        foreach (var condition in conditions.EnumerateArray())
        {
            if (ReadCondition(condition, $"{place}.conditions[{i++}]", builder) is { } problem) return problem;
        }
        return null;
    }

    private static string? ReadCondition(JsonElement condition, string place, ReconcileQueryBuilder builder)
    {
        if (condition.ValueKind != JsonValueKind.Object) return $"{place}: give a condition object with matchType and propertyValue.";
        var matchType = Text(condition, "matchType");
        if (matchType is not ("name" or "id" or "property")) return $"{place}.matchType: give name, id or property.";
        if (Text(condition, "matchQuantifier") is "none") return $"{place}.matchQuantifier: none is not supported; give any or all, or leave it out.";
        if (condition.TryGetProperty("matchQuantifier", out _) && Text(condition, "matchQuantifier") is not ("any" or "all")) return $"{place}.matchQuantifier: give any or all.";
        var propertyId = Text(condition, "propertyId");
        if (matchType == "property" && propertyId is null) return $"{place}.propertyId: give the property's id, e.g. birthDate.";
        if (!condition.TryGetProperty("propertyValue", out var value)) return $"{place}.propertyValue: give the value to match.";
        var problem = ReconcileValues.Read(value, $"{place}.propertyValue", out var values);
        foreach (var text in values)
        {
            problem ??= matchType switch
            {
                "name" => builder.AddName(text, $"{place}.propertyValue"),
                "property" => builder.AddProperty(propertyId!, text, $"{place}.propertyId"),
                _ => Id(builder, text),
            };
        }
        return problem;
    }

    private static string? Id(ReconcileQueryBuilder builder, string id)
    {
        builder.AddId(id);
        return null;
    }

    private static string? Text(JsonElement value, string name) =>
        value.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String ? field.GetString() : null;
}
