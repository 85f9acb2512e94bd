using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Graph.Export.Tests.Infrastructure;

/// <summary>One text per set of properties, whatever list or number types hold the values, so that two can be compared and shown.</summary>
internal static class Canonical
{
    public static string Of(IEnumerable<KeyValuePair<string, object?>> properties, params string[] except) => string.Join("\n", properties
        .Where(p => p.Value is not null && !except.Contains(p.Key))
        .OrderBy(p => p.Key, StringComparer.Ordinal)
        .Select(p => $"{p.Key} = {Value(p.Value!)}"));

    public static string Value(object value) => value switch
    {
        string text => JsonSerializer.Serialize(text),
        bool truth => truth ? "true" : "false",
        long or int => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        double real => real.ToString("R", CultureInfo.InvariantCulture) + "d",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object>().Select(Value)) + "]",
        _ => throw new NotSupportedException(value.GetType().Name),
    };
}
