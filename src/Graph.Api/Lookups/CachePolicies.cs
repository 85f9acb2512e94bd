namespace Graph.Api.Lookups;

/// <summary>
/// Cache-Control for the journalists' surfaces. A story's traffic spike sends the same few lookups thousands of
/// times a minute: shared caches (a CDN, a newsroom's proxy) may keep an answer a minute and serve it stale while
/// they revalidate, or for a day while the service is down. A view pinned to a past day changes only when the
/// data of that day is corrected, so it may be kept longer.
/// </summary>
internal static class CachePolicies
{
    private const int CurrentMaxAge = 60;
    private const int PinnedMaxAge = 3600;

    public static readonly string Current = $"public, max-age={CurrentMaxAge}, stale-while-revalidate=600, stale-if-error=86400";
    public static readonly string Pinned = $"public, max-age={PinnedMaxAge}, stale-while-revalidate=86400, stale-if-error=86400";
    public const string NotFound = "public, max-age=60";
    public const string Refused = "no-store";

    /// <summary>The policy of a found answer: <see cref="Pinned"/> when it is pinned to a day, else <see cref="Current"/>.</summary>
    public static string For(DateOnly? asOf) => asOf is null ? Current : Pinned;

    /// <summary>The <c>max-age</c> of <see cref="For"/>, in seconds, for oEmbed's <c>cache_age</c>.</summary>
    public static int MaxAgeSeconds(DateOnly? asOf) => asOf is null ? CurrentMaxAge : PinnedMaxAge;
}
