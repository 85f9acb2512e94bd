using Microsoft.Net.Http.Headers;

namespace Graph.Api.Security;

/// <summary>
/// Sets the security headers of every response as it starts, so that error pages, static files and the
/// exception handler's answers carry them too: no MIME sniffing, no referrer, and no framing unless the
/// endpoint's <see cref="FramingPolicy"/> allows it. A header the endpoint has set itself (the playground's
/// fuller Content-Security-Policy) is kept.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string NoSniff = "nosniff";
    public const string NoReferrer = "no-referrer";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            Apply((HttpContext)state);
            return Task.CompletedTask;
        }, context);
        return next(context);
    }

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        // The exception handler clears the endpoint, so an error answer always gets the default framing.
        var framing = context.GetEndpoint()?.Metadata.GetMetadata<FramingPolicy>() ?? FramingPolicy.Deny;
        headers.TryAdd(HeaderNames.XContentTypeOptions, NoSniff);
        headers.TryAdd("Referrer-Policy", NoReferrer);
        headers.TryAdd(HeaderNames.ContentSecurityPolicy, framing.ContentSecurityPolicy);
        if (framing.FrameOptions is { } frameOptions) headers.TryAdd(HeaderNames.XFrameOptions, frameOptions);
    }
}
