namespace Graph.Api.Lookups.Component;

/// <summary>
/// The web component's script, <c>embed.js</c> beside this file, embedded in the assembly and read once: served from
/// memory with the strong ETag of its bytes. The address is not versioned, so caches keep it an hour, then revalidate.
/// </summary>
internal static class EmbedScript
{
    public const string ContentType = "text/javascript; charset=utf-8";
    public const string CacheControl = "public, max-age=3600, stale-while-revalidate=86400, stale-if-error=86400";
    private const string ResourceName = "Graph.Api.Lookups.Component.embed.js";

    /// <summary>The script as served.</summary>
    public static LookupAnswer Answer { get; } = Load();

    private static LookupAnswer Load()
    {
        using var stream = typeof(EmbedScript).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing: Graph.Api.csproj must embed Lookups/Component/embed.js.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return new LookupAnswer(StatusCodes.Status200OK, ContentType, bytes.ToArray(), CacheControl);
    }
}
