using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Graph.Api.Playground;

/// <summary>
/// Serves the GraphiQL page that the build bundles from npm into wwwroot/playground, under its own
/// Content-Security-Policy with a fresh nonce for each response.
/// </summary>
internal static class PlaygroundPage
{
    /// <summary>The page, as the build writes it; the static files do not serve its extension, only this page does.</summary>
    public const string TemplatePath = "playground/index.html.template";

    private const string NoncePlaceholder = "{{csp-nonce}}";

    public static async Task WriteAsync(HttpContext context)
    {
        var template = context.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo(TemplatePath);
        if (!template.Exists)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("The playground was not built. Build src/Graph.Api (it runs `npm ci && npm run build` in src/Graph.Api/Playground) and start again.");
            return;
        }
        string page;
        await using (var stream = template.CreateReadStream())
        using (var reader = new StreamReader(stream))
        {
            page = await reader.ReadToEndAsync(context.RequestAborted);
        }
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Response.ContentType = "text/html; charset=utf-8";
        // Each response has a nonce of its own, so none is kept: not by the browser, not by a proxy.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers[HeaderNames.ContentSecurityPolicy] = PlaygroundContentSecurityPolicy.For(nonce);
        await context.Response.WriteAsync(page.Replace(NoncePlaceholder, nonce, StringComparison.Ordinal), context.RequestAborted);
    }
}
