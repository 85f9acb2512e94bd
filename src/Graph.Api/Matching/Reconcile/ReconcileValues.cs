using System.Text.Json;

namespace Graph.Api.Matching.Reconcile;

/// <summary>
/// Property values as both versions give them: a string, a number, a boolean or an entity <c>{"id", "name"}</c>, or an array
/// of those; an entity counts by its name, else its id.
/// </summary>
internal static class ReconcileValues
{
    public static string? Read(JsonElement value, string place, out List<string> values)
    {
        values = [];
        if (value.ValueKind != JsonValueKind.Array) return ReadOne(value, place, values);
        if (value.GetArrayLength() > MatchingLimits.MaxValuesPerProperty) return $"{place}: give at most {MatchingLimits.MaxValuesPerProperty} values.";
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (ReadOne(item, $"{place}[{i++}]", values) is { } problem) return problem;
        }
        return null;
    }

    private static string? ReadOne(JsonElement value, string place, List<string> values)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String: values.Add(value.GetString()!); return null;
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False: values.Add(value.GetRawText()); return null;
            case JsonValueKind.Object:
                var text = Text(value, "name") ?? Text(value, "id");
                if (text is null) return $"{place}: give an entity as {{\"id\": \"...\", \"name\": \"...\"}}.";
                values.Add(text);
                return null;
            default: return $"{place}: give a string, a number, a boolean or an entity, not {JsonKinds.Describe(value.ValueKind)}.";
        }
    }

    private static string? Text(JsonElement value, string name) =>
        value.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String ? field.GetString() : null;
}
