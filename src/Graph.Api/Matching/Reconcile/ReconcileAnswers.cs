using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Graph.Api.Lookups;

namespace Graph.Api.Matching.Reconcile;

/// <summary>
/// Writes reconciliation answers as JSON, or, on version 0.2's GET routes with <c>callback</c>, as JSONP, which 0.2 allows:
/// <c>/**/name({...});</c> as application/javascript, for a callback name of dotted identifiers only, so that no caller
/// can make the service answer a script of its choosing. Answers change with the store and are not cached.
/// </summary>
internal static partial class ReconcileAnswers
{
    public static Task WriteAsync<T>(HttpContext context, T value, JsonTypeInfo<T> type, bool allowJsonp = false)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(value, type);
        var callback = allowJsonp ? context.Request.Query["callback"].ToString() : "";
        if (callback.Length == 0) return LookupResponder.WriteAsync(context, LookupAnswer.Json(StatusCodes.Status200OK, json, CachePolicies.Refused));
        if (!CallbackPattern().IsMatch(callback)) return MatchingErrors.BadInputAsync(context, "callback: give a JavaScript function name, letters, digits, '_' and '$', dotted at most four times, e.g. callback=jQuery123_456.");
        var script = Encoding.UTF8.GetBytes($"/**/{callback}(").Concat(json).Concat(");"u8.ToArray()).ToArray();
        return LookupResponder.WriteAsync(context, new LookupAnswer(StatusCodes.Status200OK, "application/javascript; charset=utf-8", script, CachePolicies.Refused));
    }

    [GeneratedRegex(@"^[A-Za-z_$][A-Za-z0-9_$]{0,63}(\.[A-Za-z_$][A-Za-z0-9_$]{0,63}){0,4}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex CallbackPattern();
}
