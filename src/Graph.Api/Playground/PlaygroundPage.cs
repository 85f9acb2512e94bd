namespace Graph.Api.Playground;

/// <summary>Serves the GraphiQL page that the build bundles from npm into wwwroot/playground.</summary>
internal static class PlaygroundPage
{
    public const string IndexPath = "playground/index.html";

    public static async Task WriteAsync(HttpContext context)
    {
        var page = context.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo(IndexPath);
        if (!page.Exists)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("The playground was not built. Build src/Graph.Api (it runs `npm ci && npm run build` in src/Graph.Api/Playground) and start again.");
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.SendFileAsync(page, context.RequestAborted);
    }
}
