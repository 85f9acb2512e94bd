using Graph.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Playground;

/// <summary>Debian's Chromium, driven by Playwright, opens the playground served by the real Kestrel and runs a query.</summary>
public sealed class PlaygroundBrowserTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly GraphApp _app = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium (the test command does).");
        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    [Fact]
    public async Task The_playground_renders_with_the_example_query_and_runs_it()
    {
        var page = await _browser!.NewPageAsync();
        var failed = new List<string>();
        page.RequestFailed += (_, request) => failed.Add(request.Url);
        page.Response += (_, response) => { if (response.Status >= 400) failed.Add($"{response.Status} {response.Url}"); };

        await page.GotoAsync(new Uri(_app.BaseAddress, "/graphql").ToString());
        var editor = page.Locator(".graphiql-query-editor");
        await Assertions.Expect(editor).ToContainTextAsync("SadioCamara", new() { Timeout = 30_000 });
        await page.Locator(".graphiql-execute-button").ClickAsync();

        var result = page.Locator(".graphiql-response .result-window");
        await Assertions.Expect(result).ToContainTextAsync("Office of Foreign Assets Control", new() { Timeout = 30_000 });
        var text = await page.EvaluateAsync<string>("() => document.querySelector('.result-window .CodeMirror').CodeMirror.getValue()");
        Assert.Contains("\"sadio-camara\"", text);
        Assert.Contains("\"2023-07-24\"", text);
        Assert.DoesNotContain("\"errors\"", text);
        Assert.Empty(failed);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        _app.Dispose();
    }
}
