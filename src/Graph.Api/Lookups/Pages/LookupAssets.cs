using Microsoft.Extensions.FileProviders;

namespace Graph.Api.Lookups.Pages;

/// <summary>
/// The pages' and the card's stylesheets and scripts (wwwroot/lookups), read once and served by endpoints of their
/// own, which the static files middleware defers to: each with its ETag, a Cache-Control fit for a traffic spike, and
/// an address versioned by its content, so a changed file is fetched afresh.
/// </summary>
internal sealed class LookupAssets
{
    public const string CacheControl = "public, max-age=86400, stale-while-revalidate=604800";
    private const string Folder = "lookups";

    private readonly Dictionary<string, LookupAnswer> _files;

    private LookupAssets(Dictionary<string, LookupAnswer> files) => _files = files;

    /// <summary>Reads the named files of wwwroot/lookups; a missing one stops the service at its start, not a reader later.</summary>
    public static LookupAssets Load(IFileProvider webRoot, params string[] names)
    {
        var files = new Dictionary<string, LookupAnswer>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var file = webRoot.GetFileInfo($"{Folder}/{name}");
            if (!file.Exists) throw new InvalidOperationException($"wwwroot/{Folder}/{name} is missing: the journalists' surfaces need it.");
            using var stream = file.CreateReadStream();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[name] = new LookupAnswer(StatusCodes.Status200OK, ContentType(name), copy.ToArray(), CacheControl);
        }
        return new LookupAssets(files);
    }

    /// <summary>The file's address, versioned by its content: e.g. <c>/lookups/page.css?v=Qx3…</c>.</summary>
    public string Url(string name) => $"/{Folder}/{name}?v={_files[name].ETag.Trim('"')[..12]}";

    /// <summary>Maps GET and HEAD of each file.</summary>
    public void MapTo(IEndpointRouteBuilder endpoints)
    {
        foreach (var (name, answer) in _files)
        {
            endpoints.MapMethods($"/{Folder}/{name}", [HttpMethods.Get, HttpMethods.Head], context => LookupResponder.WriteAsync(context, answer));
        }
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        _ => throw new ArgumentException($"{name}: only .css and .js files are lookup assets.", nameof(name)),
    };
}
