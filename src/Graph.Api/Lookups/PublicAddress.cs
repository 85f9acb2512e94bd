using Microsoft.Extensions.Options;

namespace Graph.Api.Lookups;

/// <summary>The absolute addresses the journalists' surfaces write into embed codes, oEmbed answers and permalinks.</summary>
internal sealed class PublicAddress(IOptions<LookupOptions> options)
{
    private readonly string? _configured = options.Value.PublicBaseUrl?.TrimEnd('/');

    /// <summary>The service's base address, without a trailing slash: <c>Lookups:PublicBaseUrl</c>, else the request's scheme and host.</summary>
    public string BaseUrl(HttpRequest request) => _configured ?? $"{request.Scheme}://{request.Host.ToUriComponent()}";

    /// <summary>The entity page's address.</summary>
    public string EntityPage(HttpRequest request, string id, DateOnly? asOf = null) => BaseUrl(request) + EntityPath(id, asOf);

    /// <summary>The embed card's address.</summary>
    public string EmbedCard(HttpRequest request, string id, DateOnly? asOf = null) => BaseUrl(request) + EmbedPath(id, asOf);

    /// <summary>The entity page's path, e.g. <c>/entities/sadio-camara?asOf=2023-07-24</c>.</summary>
    public static string EntityPath(string id, DateOnly? asOf = null) =>
        "/entities/" + Uri.EscapeDataString(id) + (asOf is { } day ? "?asOf=" + LookupQuery.Format(day) : "");

    /// <summary>The entity's network view, opened on a day when one is given (its time slider's state in the fragment).</summary>
    public static string NetworkPath(string id, DateOnly? asOf = null) =>
        "/entities/" + Uri.EscapeDataString(id) + "/network" + (asOf is { } day ? "#asOf=" + LookupQuery.Format(day) : "");

    /// <summary>The embed card's path, e.g. <c>/embed/entities/sadio-camara?asOf=2023-07-24</c>.</summary>
    public static string EmbedPath(string id, DateOnly? asOf = null) => "/embed" + EntityPath(id, asOf);

    /// <summary>The oEmbed address of a page or card URL of this service.</summary>
    public static string OEmbedAddress(string baseUrl, string url) => $"{baseUrl}/oembed?url={Uri.EscapeDataString(url)}&format=json";
}
