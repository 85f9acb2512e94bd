using Graph.Import;

namespace Graph.Api.Imports;

/// <summary>The uploaded files saved to a private temporary folder, removed again on dispose.</summary>
internal sealed class UploadedFiles : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "graph-uploads", Guid.NewGuid().ToString("N"));

    private UploadedFiles() => Directory.CreateDirectory(_folder);

    /// <summary>What to import: the folder for OFAC CSV and seed uploads, the file for FtM.</summary>
    public string? Path { get; private set; }

    public string? Error { get; private set; }

    public static async Task<UploadedFiles> SaveAsync(HttpRequest request, ImportFormat format, CancellationToken cancellationToken)
    {
        var upload = new UploadedFiles();
        try
        {
            var saved = request.HasFormContentType ? await upload.SaveFormAsync(request, cancellationToken) : await upload.SaveBodyAsync(request, format, cancellationToken);
            if (saved.Count == 0) upload.Error = "no file was sent: send the file as the body, or as parts of a multipart form.";
            else upload.Path = format == ImportFormat.Ftm ? saved[0] : upload._folder;
            return upload;
        }
        catch
        {
            upload.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private async Task<List<string>> SaveFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken);
        var saved = new List<string>();
        foreach (var file in form.Files)
        {
            var name = System.IO.Path.GetFileName(file.FileName);
            if (string.IsNullOrWhiteSpace(name)) continue;
            var path = System.IO.Path.Combine(_folder, name);
            await using var target = File.Create(path);
            await file.CopyToAsync(target, cancellationToken);
            saved.Add(path);
        }
        return saved;
    }

    private async Task<List<string>> SaveBodyAsync(HttpRequest request, ImportFormat format, CancellationToken cancellationToken)
    {
        var name = format switch { ImportFormat.OfacCsv => "sdn.csv", ImportFormat.Seed => "upload.yaml", _ => "upload.ftm.json" };
        var path = System.IO.Path.Combine(_folder, name);
        await using (var target = File.Create(path)) await request.Body.CopyToAsync(target, cancellationToken);
        return new FileInfo(path).Length == 0 ? [] : [path];
    }
}
