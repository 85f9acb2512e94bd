using Graph.Import.Reading;
using Graph.Domain.Store;
using Graph.Import;
using Graph.Import.Gate;
using Graph.Import.Running;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Graph.Api.Imports;

/// <summary>
/// POST /imports: the upload path for large files, for scripts. The body is the file itself, or a multipart form
/// whose parts are files (an OFAC publication: sdn.csv with add.csv, alt.csv and sdn_comments.csv). Answers the
/// import report: 200 when written, 422 when records were rejected and nothing was written; 400 for a malformed
/// upload, 409 while another import runs or for a publication older than the newest imported, 503 when the store is busy.
/// </summary>
internal static class ImportEndpoint
{
    public static IEndpointConventionBuilder MapImports(this IEndpointRouteBuilder app) =>
        app.MapPost("/imports", HandleAsync).RequireAuthorization().DisableAntiforgery();

    private static async Task<IResult> HandleAsync(
        HttpContext http, DesignationImporter importer, UploadRoot uploads, IOptions<ImportUploadOptions> limits, CancellationToken cancellationToken)
    {
        var (request, problem) = ImportRequest.Parse(http.Request.Query);
        if (request is null) return problem!;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limits.Value.MaxUploadBytes;
        ImportLease lease;
        try
        {
            // Taken before the body is read: a second upload is refused at once, not after it has been sent in full.
            lease = importer.Enter();
        }
        catch (ImportInProgressException e)
        {
            return ImportAnswers.Error(ImportInProgressException.Code, e.Message, StatusCodes.Status409Conflict);
        }
        using (lease)
        using (var upload = uploads.Create())
        {
            try
            {
                var source = await UploadReader.SaveAsync(http.Request, request.Format, upload, cancellationToken);
                var report = await importer.ImportAsync(lease, source, request.Format, request.Options, cancellationToken: cancellationToken);
                var shown = ImportReportShape.Of(report, file => Shown(upload, file), ImportReportShape.MaxListedRejections);
                return Results.Json(shown, statusCode: report.Succeeded ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
            }
            catch (UploadRejectedException e)
            {
                return ImportAnswers.BadInput("body", e.Message);
            }
            catch (BadHttpRequestException e)
            {
                // Kestrel's own refusals while the body streams in, such as 413 past Imports:MaxUploadBytes.
                var code = e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "PAYLOAD_TOO_LARGE" : Graph.GraphQL.GraphErrors.BadUserInput;
                return ImportAnswers.Error(code, $"body: {upload.Hide(e.Message)}", e.StatusCode);
            }
            catch (ImportFailedException e)
            {
                var errors = e.Errors.Take(ImportReportShape.MaxListedRejections)
                    .Select(error => error with { File = Shown(upload, error.File), Message = upload.Hide(error.Message) }).ToList();
                return ImportAnswers.Error(Graph.GraphQL.GraphErrors.BadUserInput, new ImportFailedException(errors).Message, StatusCodes.Status422UnprocessableEntity);
            }
            catch (OlderPublicationException e)
            {
                return ImportAnswers.Error(OlderPublicationException.Code, e.Message, StatusCodes.Status409Conflict);
            }
            catch (StoreBusyException e)
            {
                return ImportAnswers.Busy(http.Response, e);
            }
        }
    }

    /// <summary>A file as the caller sent it, by its bare name; the upload's own folder reads "(upload)".</summary>
    private static string Shown(UploadedFiles upload, string file)
    {
        var hidden = upload.Hide(file);
        return hidden.Contains('/', StringComparison.Ordinal) || hidden.Contains('\\', StringComparison.Ordinal) ? Path.GetFileName(hidden) : hidden;
    }
}
