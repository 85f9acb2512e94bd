using Microsoft.Net.Http.Headers;

namespace Graph.Api.Network;

/// <summary>
/// The network view's Content-Security-Policy: the pages' policy (same-origin scripts and styles, nothing inline, no
/// eval, no framing) plus what drawing a graph needs: reading /graphql on this origin, and blob: images, which the
/// PNG export and Cytoscape's canvas may make.
/// </summary>
internal static class NetworkPageSecurity
{
    public const string Policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; "
        + "base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'none'";

    public static void Apply(HttpContext context) => context.Response.Headers[HeaderNames.ContentSecurityPolicy] = Policy;
}
