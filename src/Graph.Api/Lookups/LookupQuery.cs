using System.Globalization;
using Graph.Api.Errors;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Domain.Text;

namespace Graph.Api.Lookups;

/// <summary>What the journalists' surfaces read from a request's query string, checked once for every surface.</summary>
internal static class LookupQuery
{
    /// <summary>The longest entity id a lookup accepts; a longer one cannot be in the graph and is answered 404.</summary>
    public const int MaxIdLength = 256;

    /// <summary>
    /// Reads <c>?asOf=YYYY-MM-DD</c>: null when absent, else the day; false with a message naming the parameter
    /// when it is not a full calendar date.
    /// </summary>
    public static bool TryReadAsOf(HttpRequest request, out DateOnly? asOf, out string? problem)
    {
        asOf = null;
        problem = null;
        var values = request.Query["asOf"];
        if (values.Count == 0) return true;
        var text = values.Count == 1 ? values[0] : null;
        if (text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            asOf = day;
            return true;
        }
        problem = $"asOf: '{MessageText.Shorten(string.Join(",", values.ToArray()), 40)}' is not a date of the form YYYY-MM-DD; give it once, e.g. asOf=2023-07-24.";
        return false;
    }

    /// <summary>
    /// Reads the search text <c>?q=</c>, trimmed (empty when absent), bounded as the store's search is; false with a
    /// message naming the parameter when it is given twice or exceeds <see cref="SearchQuery.MaxTextLength"/>
    /// characters or <see cref="SearchQuery.MaxWords"/> distinct words.
    /// </summary>
    public static bool TryReadSearchText(HttpRequest request, out string text, out string? problem)
    {
        var values = request.Query["q"];
        text = values.Count == 1 ? values[0]!.Trim() : "";
        problem = values.Count > 1
            ? "q: give the words to look for once."
            : text.Length > SearchQuery.MaxTextLength
                ? $"q: must be at most {SearchQuery.MaxTextLength} characters long, not {text.Length}."
                : NameTokens.Of(text).Distinct(StringComparer.Ordinal).Count() is var words && words > SearchQuery.MaxWords
                    ? $"q: must have at most {SearchQuery.MaxWords} distinct words, not {words}."
                    : null;
        return problem is null;
    }

    /// <summary>The day as the query string and the pages write it.</summary>
    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A partial date as the pages write it, or an empty string.</summary>
    public static string Format(PartialDate? date) => date?.ToString() ?? "";

    /// <summary>True when the id may be an entity's: not empty and not longer than <see cref="MaxIdLength"/>.</summary>
    public static bool IsPlausibleId(string? id) => !string.IsNullOrEmpty(id) && id.Length <= MaxIdLength;
}
