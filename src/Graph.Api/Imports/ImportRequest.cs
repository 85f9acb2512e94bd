using Graph.Api.Errors;
using Graph.Domain.Model;
using Graph.Import.Running;
using Graph.Import;

namespace Graph.Api.Imports;

/// <summary>What the query string of POST /imports asks for: <c>format</c>, <c>published</c>, <c>dryRun</c>, <c>skipInvalid</c>, <c>allowOlder</c>.</summary>
internal sealed record ImportRequest(ImportFormat Format, ImportOptions Options)
{
    private static readonly Dictionary<string, ImportFormat> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["seed"] = ImportFormat.Seed,
        ["ofac-csv"] = ImportFormat.OfacCsv,
        ["ftm"] = ImportFormat.Ftm,
    };

    /// <summary>The request, or the 400 answer that names the parameter that is wrong.</summary>
    public static (ImportRequest? Request, IResult? Problem) Parse(IQueryCollection query)
    {
        if (!Formats.TryGetValue(query["format"].ToString(), out var format))
        {
            return (null, ImportAnswers.BadInput("format", $"must be one of: {string.Join(", ", Formats.Keys)}."));
        }
        var published = DateOnly.FromDateTime(DateTime.UtcNow);
        if (query["published"].ToString() is { Length: > 0 } text)
        {
            if (!PartialDate.TryParse(text, out var day) || day.Day is null)
            {
                return (null, ImportAnswers.BadInput("published", $"'{MessageText.Shorten(text, 40)}' is not a day of the form YYYY-MM-DD."));
            }
            published = day.Earliest;
        }
        var options = new ImportOptions(published, IsTrue(query, "dryRun"), IsTrue(query, "skipInvalid"), IsTrue(query, "allowOlder"));
        return (new ImportRequest(format, options), null);
    }

    private static bool IsTrue(IQueryCollection query, string name) => string.Equals(query[name], "true", StringComparison.OrdinalIgnoreCase);
}
