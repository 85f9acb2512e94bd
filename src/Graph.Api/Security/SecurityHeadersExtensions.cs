namespace Graph.Api.Security;

internal static class SecurityHeadersExtensions
{
    /// <summary>
    /// Security headers on every response (<c>X-Content-Type-Options: nosniff</c>, <c>Referrer-Policy: no-referrer</c>,
    /// <c>Content-Security-Policy: frame-ancestors 'none'</c>, <c>X-Frame-Options: DENY</c>), each unless the endpoint
    /// set its own. Put it first, so that every later middleware's answers get them.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.UseMiddleware<SecurityHeadersMiddleware>();

    /// <summary>Lets the endpoint's responses be framed by <paramref name="frameAncestors"/> (a CSP source list such as <c>*</c>).</summary>
    public static TBuilder AllowFraming<TBuilder>(this TBuilder builder, string frameAncestors) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(FramingPolicy.AllowFrom(frameAncestors));
}
