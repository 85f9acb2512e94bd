namespace Graph.Api.Lookups.Assets;

/// <summary>
/// The journalists' stylesheets and scripts, the files beside this one, embedded in the assembly so that the service
/// serves them wherever it runs from (no content root or wwwroot needed), read once into a <see cref="LookupAnswer"/>
/// with the strong ETag of their bytes.
/// </summary>
internal static class EmbeddedAsset
{
    private const string ResourcePrefix = "Graph.Api.Lookups.Assets.";

    /// <summary>The named file (e.g. <c>card.css</c>) as served, with <paramref name="cacheControl"/>.</summary>
    public static LookupAnswer Load(string name, string cacheControl)
    {
        using var stream = typeof(EmbeddedAsset).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The embedded resource {ResourcePrefix}{name} is missing: Graph.Api.csproj must embed Lookups/Assets/{name}.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return new LookupAnswer(StatusCodes.Status200OK, ContentType(name), bytes.ToArray(), cacheControl);
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        _ => throw new ArgumentException($"{name}: only .css and .js files are lookup assets.", nameof(name)),
    };
}
