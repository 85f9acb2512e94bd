using Graph.Api.Lookups.Assets;

namespace Graph.Api.Lookups.Pages;

/// <summary>
/// The pages' and the card's stylesheets and scripts (<see cref="EmbeddedAsset"/>), served under /lookups/ by
/// endpoints of their own: each with its ETag, a Cache-Control fit for a traffic spike, and
/// an address versioned by its content, so a changed file is fetched afresh.
/// </summary>
internal sealed class LookupAssets
{
    public const string CacheControl = "public, max-age=86400, stale-while-revalidate=604800";
    private const string Folder = "lookups";

    private readonly Dictionary<string, LookupAnswer> _files;

    private LookupAssets(Dictionary<string, LookupAnswer> files) => _files = files;

    /// <summary>The named files; a missing one stops the service at its start, not a reader later.</summary>
    public static LookupAssets Load(params string[] names) =>
        new(names.ToDictionary(name => name, name => EmbeddedAsset.Load(name, CacheControl), StringComparer.Ordinal));

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
}
