using System.Security.Cryptography;
using Microsoft.Extensions.FileProviders;

namespace Graph.Api.Network;

/// <summary>
/// The network view's script and stylesheet, which the build bundles from npm (Network/Client) into
/// wwwroot/network and the static files serve; their addresses carry a version of their content, so a rebuilt
/// bundle is fetched afresh.
/// </summary>
internal sealed class NetworkAssets(IWebHostEnvironment environment)
{
    public const string Script = "network/network.js";
    public const string Stylesheet = "network/network.css";

    private readonly Lazy<IReadOnlyDictionary<string, string>?> _urls = new(() => Versioned(environment.WebRootFileProvider));

    /// <summary>False when the build did not bundle the view (npm was not run): the page then says so.</summary>
    public bool Built => _urls.Value is not null;

    /// <summary>The address of a bundled file, e.g. <c>/network/network.js?v=Qx3…</c>.</summary>
    public string Url(string file) => _urls.Value?[file] ?? throw new InvalidOperationException($"{file} was not built: build src/Graph.Api, which runs `npm ci && npm run build` in src/Graph.Api/Network/Client.");

    private static Dictionary<string, string>? Versioned(IFileProvider files)
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in new[] { Script, Stylesheet })
        {
            var info = files.GetFileInfo(file);
            if (!info.Exists) return null;
            using var stream = info.CreateReadStream();
            var hash = Convert.ToBase64String(SHA256.HashData(stream), 0, 9).Replace('+', '-').Replace('/', '_');
            urls[file] = $"/{file}?v={hash}";
        }
        return urls;
    }
}
