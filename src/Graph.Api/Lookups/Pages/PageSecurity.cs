using Graph.Api.Security;
using Microsoft.Net.Http.Headers;

namespace Graph.Api.Lookups.Pages;

/// <summary>
/// The Content-Security-Policy of the pages and the card: same-origin styles and scripts only, no inline code, no
/// plugin, no base. Its <c>frame-ancestors</c> is the endpoint's <see cref="FramingPolicy"/>, the one
/// <see cref="SecurityHeadersMiddleware"/> would set, so the two cannot disagree: 'none' (and X-Frame-Options DENY,
/// which the middleware adds) everywhere, any ancestor on the card's route.
/// </summary>
internal static class PageSecurity
{
    private const string Page = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'";
    private const string Card = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

    /// <summary>Sets the page policy.</summary>
    public static void ForPage(HttpContext context) => Apply(context, Page);

    /// <summary>Sets the card policy: no form at all.</summary>
    public static void ForCard(HttpContext context) => Apply(context, Card);

    private static void Apply(HttpContext context, string policy)
    {
        var framing = context.GetEndpoint()?.Metadata.GetMetadata<FramingPolicy>() ?? FramingPolicy.Deny;
        context.Response.Headers[HeaderNames.ContentSecurityPolicy] = $"{policy}; {framing.ContentSecurityPolicy}";
    }
}
