using Graph.Import;
using Graph.Import.Running;
using Graph.Domain.Model;

namespace Graph.Api.Imports;

/// <summary>
/// POST /imports: the upload path for large files, for scripts. The body is the file itself, or a multipart form
/// whose parts are files (an OFAC publication: sdn.csv with add.csv, alt.csv and sdn_comments.csv). Answers the
/// import report: 200 when written, 422 when records were rejected and nothing was written.
/// </summary>
internal static class ImportEndpoint
{
    private static readonly Dictionary<string, ImportFormat> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["seed"] = ImportFormat.Seed,
        ["ofac-csv"] = ImportFormat.OfacCsv,
        ["ftm"] = ImportFormat.Ftm,
    };

    public static IEndpointConventionBuilder MapImports(this IEndpointRouteBuilder app) =>
        app.MapPost("/imports", HandleAsync).RequireAuthorization().DisableAntiforgery();

    private static async Task<IResult> HandleAsync(HttpRequest request, DesignationImporter importer, CancellationToken cancellationToken)
    {
        if (!Formats.TryGetValue(request.Query["format"].ToString(), out var format))
        {
            return Problem("format", $"must be one of: {string.Join(", ", Formats.Keys)}.");
        }
        DateOnly published;
        if (request.Query["published"].ToString() is { Length: > 0 } text)
        {
            if (!PartialDate.TryParse(text, out var day) || day.Day is null) return Problem("published", $"'{text}' is not a day of the form YYYY-MM-DD.");
            published = day.Earliest;
        }
        else
        {
            published = DateOnly.FromDateTime(DateTime.UtcNow);
        }
        var options = new ImportOptions(published, IsTrue(request, "dryRun"), IsTrue(request, "skipInvalid"));

        using var upload = await UploadedFiles.SaveAsync(request, format, cancellationToken);
        if (upload.Error is { } error) return Problem("body", error);
        try
        {
            var report = await importer.ImportPathAsync(upload.Path!, format, options, cancellationToken: cancellationToken);
            return Results.Json(ImportReportShape.Of(report, Path.GetFileName), statusCode: report.Succeeded ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
        }
        catch (ImportFailedException e)
        {
            return Results.Json(new { error = "BAD_USER_INPUT", message = e.Message }, statusCode: StatusCodes.Status422UnprocessableEntity);
        }
    }

    private static bool IsTrue(HttpRequest request, string name) => string.Equals(request.Query[name], "true", StringComparison.OrdinalIgnoreCase);

    private static IResult Problem(string parameter, string message) =>
        Results.Json(new { error = "BAD_USER_INPUT", message = $"{parameter}: {message}" }, statusCode: StatusCodes.Status400BadRequest);
}
