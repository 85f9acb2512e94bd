using System.Collections.Concurrent;
using Graph.Api.Tests.Infrastructure;
using Graph.Api.Tests.Playground;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Lookups.Component;

/// <summary>
/// A news story on a site of its own origin that embeds the web component, under the strict policy a newsroom would
/// set: scripts and requests only to the service, styles only from the site itself, nothing inline. The site's
/// stylesheet colours everything red, in serif, on yellow, to show that none of it reaches the card.
/// </summary>
public sealed class Story : IAsyncDisposable
{
    public const string HostStyles = """
        * { color: rgb(255, 0, 0); font-family: serif; background-color: rgb(255, 255, 0); }
        .card { border: 0; padding: 0; } li { margin: 0; }
        """;

    private Story(GraphApp app, HostPage host, Chromium chromium)
    {
        App = app;
        Host = host;
        Chromium = chromium;
    }

    public GraphApp App { get; }
    public HostPage Host { get; }
    public Chromium Chromium { get; }

    /// <summary>The requests the page made to the JSON lookup, by URL, in order.</summary>
    public ConcurrentQueue<string> Lookups { get; } = new();

    /// <summary>What <c>window.alert</c>, <c>confirm</c> or <c>prompt</c> and any dialog were asked to show.</summary>
    public ConcurrentQueue<string> Dialogs { get; } = new();

    public static string Policy(Uri service)
    {
        var origin = service.GetLeftPart(UriPartial.Authority);
        return $"default-src 'none'; script-src {origin}; connect-src {origin}; style-src 'self'";
    }

    /// <summary>Starts the service (or uses the one given), the news site serving each body as a story page, and Chromium.</summary>
    public static async Task<Story> StartAsync(IReadOnlyDictionary<string, string> bodies, GraphApp? app = null)
    {
        app ??= new GraphApp();
        var service = app.BaseAddress;
        var pages = bodies.ToDictionary(page => page.Key, page => (Html(service, page.Value), (string?)Policy(service)));
        return new Story(app, await HostPage.StartAsync(pages), await Chromium.LaunchAsync());
    }

    /// <summary>Opens a story page in a fresh page, watched for problems, with the site's stylesheet and dialogs trapped.</summary>
    public async Task<(IPage Page, PageWatch Watch)> OpenAsync(string path, ColorScheme scheme = ColorScheme.Light)
    {
        var page = await Chromium.Browser.NewPageAsync(new() { ColorScheme = scheme, ViewportSize = new() { Width = 900, Height = 640 } });
        var watch = await PageWatch.StartAsync(page);
        await page.AddInitScriptAsync("""
            window.__dialogs = [];
            for (const name of ['alert', 'confirm', 'prompt']) window[name] = message => { window.__dialogs.push(name + ': ' + message); };
            """);
        page.Dialog += async (_, dialog) =>
        {
            Dialogs.Enqueue($"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        page.Request += (_, request) => { if (request.Url.Contains("/api/entities/", StringComparison.Ordinal)) Lookups.Enqueue(request.Url); };
        // The site's own stylesheet, answered as the site would: same origin, text/css.
        await page.RouteAsync(new Uri(Host.BaseAddress, "/story.css").ToString(),
            route => route.FulfillAsync(new() { Status = 200, ContentType = "text/css", Body = HostStyles }));
        await page.GotoAsync(new Uri(Host.BaseAddress, path).ToString());
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return (page, watch);
    }

    /// <summary>Fails when a page script called alert, confirm or prompt, or a dialog opened.</summary>
    public async Task AssertNoDialogsAsync(IPage page)
    {
        var trapped = await page.EvaluateAsync<string[]>("() => window.__dialogs");
        string[] all = [.. trapped, .. Dialogs];
        Assert.True(all.Length == 0, "Something ran: " + string.Join("; ", all));
    }

    private static string Html(Uri service, string body) => $"""
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Mali's officials sanctioned</title>
          <link rel="stylesheet" href="/story.css">
          <script src="{service}embed.js" defer></script>
        </head>
        <body>
        {body}
        </body>
        </html>
        """;

    public async ValueTask DisposeAsync()
    {
        await Chromium.DisposeAsync();
        await Host.DisposeAsync();
        App.Dispose();
    }
}
