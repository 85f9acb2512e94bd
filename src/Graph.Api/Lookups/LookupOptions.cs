using System.ComponentModel.DataAnnotations;

namespace Graph.Api.Lookups;

/// <summary>The journalists' surfaces: bound from the configuration section "Lookups".</summary>
internal sealed class LookupOptions
{
    public const string Section = "Lookups";

    /// <summary>
    /// The address readers reach the service at (<c>Lookups:PublicBaseUrl</c>, e.g. <c>https://graph.example.org</c>),
    /// used in embed codes, oEmbed answers, permalinks and JSON-LD. Unset, the request's own scheme and host are used.
    /// </summary>
    [Url]
    public string? PublicBaseUrl { get; set; }

    /// <summary>The bytes of rendered pages, cards and JSON answers kept for repeated lookups (<c>Lookups:AnswerCacheBytes</c>); 0 keeps none.</summary>
    [Range(0, long.MaxValue)]
    public long AnswerCacheBytes { get; set; } = 64L * 1024 * 1024;
}
