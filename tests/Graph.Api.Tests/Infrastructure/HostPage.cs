using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Api.Tests.Infrastructure;

/// <summary>
/// A news site of its own origin (another port of 127.0.0.1) that serves pages given by the test, each with the
/// Content-Security-Policy the test gives, to embed the service as a newsroom's page would.
/// </summary>
public sealed class HostPage : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HostPage(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Serves each path's HTML with its CSP (none when null) and <c>text/html</c>.</summary>
    public static async Task<HostPage> StartAsync(IReadOnlyDictionary<string, (string Html, string? ContentSecurityPolicy)> pages)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(context =>
        {
            if (!pages.TryGetValue(context.Request.Path.Value ?? "", out var page))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }
            if (page.ContentSecurityPolicy is { } csp) context.Response.Headers.ContentSecurityPolicy = csp;
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync(page.Html);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HostPage(app, new Uri(address));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
