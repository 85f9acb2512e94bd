using System.Text.Json.Nodes;
using Graph.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Playground;

/// <summary>
/// Debian's Chromium, driven by Playwright, opens the playground served by the real Kestrel under its own
/// Content-Security-Policy, and uses it as a person does.
/// </summary>
public sealed class PlaygroundBrowserTests : IAsyncLifetime
{
    private static readonly LocatorAssertionsToContainTextOptions Patiently = new() { Timeout = 30_000 };
    private readonly GraphApp _app = new();
    private Chromium? _chromium;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _chromium = await Chromium.LaunchAsync();
        _browser = _chromium.Browser;
    }

    [Fact]
    public async Task The_playground_renders_with_the_example_query_and_runs_it()
    {
        var page = await _browser!.NewPageAsync();
        var watch = await PageWatch.StartAsync(page);

        await page.GotoAsync(new Uri(_app.BaseAddress, "/graphql").ToString());
        var editor = page.Locator(".graphiql-query-editor");
        await Assertions.Expect(editor).ToContainTextAsync("SadioCamara", Patiently);
        await RunTheActiveTabAndCheckSadioCamaraAsync(page);

        await watch.AssertNothingWentWrongAsync();
    }

    [Fact]
    public async Task The_playground_loads_the_schema_and_its_docs_explorer_shows_the_Query_type()
    {
        var page = await _browser!.NewPageAsync();
        var watch = await PageWatch.StartAsync(page);
        var schemaFetch = page.WaitForResponseAsync(
            r => r.Request.Method == "POST" && r.Url.EndsWith("/graphql", StringComparison.Ordinal) && (r.Request.PostData ?? "").Contains("__schema", StringComparison.Ordinal),
            new() { Timeout = 30_000 });

        await page.GotoAsync(new Uri(_app.BaseAddress, "/graphql").ToString());

        // The schema fetch is what the HTTP tests send as GraphiQL's, and it is answered.
        var fetched = await schemaFetch;
        var answer = await fetched.TextAsync();
        Assert.True(fetched.Status == 200, $"HTTP {fetched.Status}: {answer[..Math.Min(answer.Length, 2000)]}");
        Assert.True(JsonNode.Parse(answer)!["errors"] is null, $"The schema fetch was refused: {answer[..Math.Min(answer.Length, 2000)]}");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(await IntrospectionScript.RequestBodyAsync(IntrospectionScript.GraphiQL)), JsonNode.Parse(fetched.Request.PostData!)),
            $"GraphiQL's schema fetch is no longer what tests/introspection sends as GraphiQL's: {fetched.Request.PostData}");

        // The documentation explorer, opened from the sidebar, shows the schema, its Query type and its fields.
        await page.GetByRole(AriaRole.Button, new() { Name = "Show Documentation Explorer" }).ClickAsync();
        var docs = page.Locator(".graphiql-doc-explorer");
        await Assertions.Expect(docs).ToContainTextAsync("Root Types", Patiently);
        await Assertions.Expect(docs).ToContainTextAsync("A knowledge graph of people", Patiently);
        await docs.GetByRole(AriaRole.Link, new() { Name = "Query", Exact = true }).ClickAsync();
        await Assertions.Expect(docs.Locator(".graphiql-doc-explorer-title")).ToHaveTextAsync("Query", new() { Timeout = 30_000 });
        await Assertions.Expect(docs).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"entity\(id: ID!.*asOf: Date.*\): Entity"), Patiently);
        await Assertions.Expect(docs).ToContainTextAsync("statistics: Statistics!", Patiently);
        await Assertions.Expect(docs).ToContainTextAsync("The entity with this id", Patiently);
        await Assertions.Expect(page.Locator(".graphiql-doc-explorer-error")).ToHaveCountAsync(0);
        var shown = await page.Locator("body").InnerTextAsync();
        foreach (var error in new[] { "Error fetching schema", "No GraphQL schema available", "Schema is invalid", "COST_LIMIT_EXCEEDED" }) Assert.DoesNotContain(error, shown, StringComparison.Ordinal);

        // A dialog locks scrolling with a <style> element: the one thing the policy allows by nonce.
        await page.GetByRole(AriaRole.Button, new() { Name = "Open settings dialog" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0, new() { Timeout = 30_000 });

        // The first tab runs.
        await Assertions.Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("SadioCamara", Patiently);
        await RunTheActiveTabAndCheckSadioCamaraAsync(page);

        // Autocompletion knows the schema too.
        await page.GetByRole(AriaRole.Button, new() { Name = "Add tab" }).ClickAsync();
        await page.Locator(".graphiql-query-editor .CodeMirror").ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.TypeAsync("{ ent", new() { Delay = 50 });
        await Assertions.Expect(page.Locator(".CodeMirror-hints")).ToContainTextAsync("entity", Patiently);

        await watch.AssertNothingWentWrongAsync();
    }

    [Fact]
    public async Task The_header_link_opens_the_network_view_of_Sadio_Camara_and_of_the_id_typed_beside_it()
    {
        var page = await _browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        var watch = await PageWatch.StartAsync(page);
        await page.GotoAsync(new Uri(_app.BaseAddress, "/graphql").ToString());
        var link = page.GetByRole(AriaRole.Link, new() { Name = "Open its network view" });
        await Assertions.Expect(link).ToHaveAttributeAsync("href", "/entities/sadio-camara/network");

        await page.GetByLabel("Entity id").FillAsync("wagner-group");
        await Assertions.Expect(link).ToHaveAttributeAsync("href", "/entities/wagner-group/network");
        await Assertions.Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("SadioCamara", Patiently);
        await page.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("playground-network-link") });
        await link.ClickAsync();

        var view = new Network.NetworkView(page);
        await view.WaitUntilReadyAsync();
        Assert.Equal(new Uri(_app.BaseAddress, "/entities/wagner-group/network").ToString(), page.Url);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Network of Wagner Group");
        Assert.True(await view.HasNodeAsync("wagner-group"));
        Assert.True(await view.HasNodeAsync("sadio-camara"));
        await page.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("playground-to-network-wagner") });
        await watch.AssertNothingWentWrongAsync();
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        _app.Dispose();
    }

    private static async Task RunTheActiveTabAndCheckSadioCamaraAsync(IPage page)
    {
        await page.Locator(".graphiql-execute-button").ClickAsync();
        var result = page.Locator(".graphiql-response .result-window");
        await Assertions.Expect(result).ToContainTextAsync("Office of Foreign Assets Control", Patiently);
        var text = await page.EvaluateAsync<string>("() => document.querySelector('.result-window .CodeMirror').CodeMirror.getValue()");
        Assert.Contains("\"sadio-camara\"", text, StringComparison.Ordinal);
        Assert.Contains("\"2023-07-24\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"errors\"", text, StringComparison.Ordinal);
    }
}
