using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Graph.Api.Lookups.OEmbed;

/// <summary>
/// What an oEmbed <c>url</c> names, when it is one this service serves: an entity page or an embed card under the
/// public base URL, with or without <c>?asOf=</c>. Other query parameters (a newsroom's tracking tags) and the
/// fragment are ignored.
/// </summary>
internal sealed record OEmbedTarget(string Id, DateOnly? AsOf)
{
    private static readonly string[] Routes = ["/entities/", "/embed/entities/"];

    /// <summary>The entity and day the URL names, or null when this service does not serve it.</summary>
    public static OEmbedTarget? Parse(string url, string baseUrl)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || !Uri.TryCreate(baseUrl, UriKind.Absolute, out var home)) return null;
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return null;
        var sameOrigin = string.Equals(uri.Host, home.Host, StringComparison.OrdinalIgnoreCase)
            && (uri.Scheme == home.Scheme ? uri.Port == home.Port : uri.IsDefaultPort && home.IsDefaultPort);
        if (!sameOrigin) return null;

        var basePath = home.AbsolutePath.TrimEnd('/');
        var path = uri.AbsolutePath;
        if (!path.StartsWith(basePath + "/", StringComparison.Ordinal)) return null;
        var rest = path[basePath.Length..];
        var route = Routes.FirstOrDefault(r => rest.StartsWith(r, StringComparison.Ordinal));
        if (route is null) return null;
        var segment = rest[route.Length..];
        if (segment.Length == 0 || segment.Contains('/', StringComparison.Ordinal)) return null;
        var id = Uri.UnescapeDataString(segment);
        if (!LookupQuery.IsPlausibleId(id)) return null;

        var query = QueryHelpers.ParseQuery(uri.Query);
        if (!query.TryGetValue("asOf", out var asOfValues)) return new OEmbedTarget(id, null);
        return asOfValues.Count == 1 && DateOnly.TryParseExact(asOfValues[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new OEmbedTarget(id, day)
            : null;
    }
}
