using Graph.Api.Errors;
using Graph.Domain.Model;
using Graph.Import.Running;
using Graph.Import;

namespace Graph.Api.Imports;

/// <summary>What the query string of POST /imports asks for: <c>format</c>, <c>published</c>, <c>dryRun</c>, <c>skipInvalid</c>, <c>allowOlder</c>.</summary>
internal sealed record ImportRequest(ImportFormat Format, ImportOptions Options)
{
    /// <summary>The request, or the 400 answer that names the parameter that is wrong.</summary>
    public static (ImportRequest? Request, IResult? Problem) Parse(IQueryCollection query)
    {
        if (ImportFormats.Find(query["format"].ToString()) is not { } format)
        {
            return (null, ImportAnswers.BadInput("format", $"must be one of: {ImportFormats.Names}."));
        }
        if (PublishedDay.TryParse(query["published"].ToString(), out var published) is { } problem)
        {
            return (null, ImportAnswers.BadInput("published", problem));
        }
        var options = new ImportOptions(published, IsTrue(query, "dryRun"), IsTrue(query, "skipInvalid"), IsTrue(query, "allowOlder"));
        return (new ImportRequest(format, options), null);
    }

    private static bool IsTrue(IQueryCollection query, string name) => string.Equals(query[name], "true", StringComparison.OrdinalIgnoreCase);
}
