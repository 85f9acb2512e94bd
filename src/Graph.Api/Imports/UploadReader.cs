using Graph.Api.Errors;
using Graph.Import;
using Graph.Import.Reading;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Graph.Api.Imports;

/// <summary>
/// Streams an upload to its folder, never holding a file in memory: the body as one file, or each file part of a
/// multipart/form-data form under its own bare name. A malformed upload throws <see cref="UploadRejectedException"/>
/// naming the problem.
/// </summary>
internal static class UploadReader
{
    private const int MaxParts = 256;
    private const int MaxNameLength = 255;

    /// <summary>What to import: the files saved, in the order they were sent.</summary>
    public static async Task<ImportSource> SaveAsync(HttpRequest request, ImportFormat format, UploadedFiles upload, CancellationToken cancellationToken)
    {
        var saved = IsMultipart(request, out var boundary)
            ? await SaveFormAsync(request.Body, boundary, upload.Folder, cancellationToken)
            : await SaveBodyAsync(request, format, upload.Folder, cancellationToken);
        if (saved.Count == 0) throw new UploadRejectedException("no file was sent: send the file as the body, or as file parts of a multipart/form-data form.");
        return ImportSource.FromUpload(upload.Folder, saved);
    }

    private static bool IsMultipart(HttpRequest request, out string boundary)
    {
        boundary = "";
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)) return false;
        if (type.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            throw new UploadRejectedException("a URL-encoded form carries no files: send the file as the body, or as file parts of a multipart/form-data form.");
        }
        if (!type.MediaType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase)) return false;
        boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value ?? "";
        // RFC 2046 caps a boundary at 70 characters.
        if (boundary.Length is 0 or > 70) throw new UploadRejectedException("the multipart Content-Type names no boundary (or one longer than 70 characters).");
        return true;
    }

    private static async Task<List<string>> SaveFormAsync(Stream body, string boundary, string folder, CancellationToken cancellationToken)
    {
        var reader = new MultipartReader(boundary, body) { HeadersCountLimit = 16, HeadersLengthLimit = 16 * 1024 };
        var saved = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (FileName(section) is not { } name) continue; // a plain form field
                if (saved.Count == MaxParts) throw new UploadRejectedException($"the form holds more than {MaxParts} files.");
                if (!names.Add(name)) throw new UploadRejectedException($"two parts are named '{name}'; each file needs a name of its own.");
                var path = Path.Combine(folder, name);
                await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
                {
                    await section.Body.CopyToAsync(target, cancellationToken);
                }
                saved.Add(path);
            }
        }
        catch (InvalidDataException e)
        {
            throw new UploadRejectedException($"the multipart body is malformed: {e.Message}");
        }
        catch (IOException e) when (e is not Microsoft.AspNetCore.Connections.ConnectionResetException && !cancellationToken.IsCancellationRequested)
        {
            // MultipartReader's word for a body that ends before its closing boundary.
            throw new UploadRejectedException("the multipart body ends before its closing boundary: it was cut short, or its boundary is not the one its Content-Type names.");
        }
        return saved;
    }

    /// <summary>The part's file name, checked to be a bare name; null for a part that is not a file.</summary>
    private static string? FileName(MultipartSection section)
    {
        if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
            || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw new UploadRejectedException("every part of the form needs a Content-Disposition: form-data header.");
        }
        var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
        if (string.IsNullOrEmpty(name)) return null;
        var shown = MessageText.Shorten(name, 80);
        if (name.Length > MaxNameLength) throw new UploadRejectedException($"the file name '{shown}' is longer than {MaxNameLength} characters.");
        if (name is "." or ".." || name.IndexOfAny(['/', '\\']) >= 0)
        {
            throw new UploadRejectedException($"the file name '{shown}' is a path; name each part by its bare file name, e.g. sdn.csv.");
        }
        if (name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Any(char.IsControl) || name.Trim().Length == 0)
        {
            throw new UploadRejectedException($"the file name '{shown}' holds characters no file name may hold.");
        }
        return name;
    }

    private static async Task<List<string>> SaveBodyAsync(HttpRequest request, ImportFormat format, string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, format.BodyFileName);
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
        {
            await request.Body.CopyToAsync(target, cancellationToken);
        }
        return new FileInfo(path).Length == 0 ? [] : [path];
    }
}
