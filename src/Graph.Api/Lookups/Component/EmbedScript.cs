using Graph.Api.Lookups.Assets;

namespace Graph.Api.Lookups.Component;

/// <summary>
/// The web component's script, <c>Lookups/Assets/embed.js</c>, embedded in the assembly and served from memory with the
/// strong ETag of its bytes. The address is not versioned, so caches keep it an hour, then revalidate.
/// </summary>
internal static class EmbedScript
{
    public const string CacheControl = "public, max-age=3600, stale-while-revalidate=86400, stale-if-error=86400";

    /// <summary>The script as served.</summary>
    public static LookupAnswer Answer { get; } = EmbeddedAsset.Load("embed.js", CacheControl);
}
