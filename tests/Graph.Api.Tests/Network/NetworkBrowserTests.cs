using Graph.Api.Tests.Infrastructure;
using Graph.Api.Tests.Playground;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Network;

/// <summary>The network view of Sadio Camara in Chromium: drawn, expanded through Discover, a path highlighted, filtered, restored from its address, exported, under axe.</summary>
public sealed class NetworkBrowserTests : IAsyncLifetime
{
    private readonly GraphApp _app = new();
    private Chromium? _chromium;

    public async Task InitializeAsync() => _chromium = await Chromium.LaunchAsync();

    private string Url(string path) => new Uri(_app.BaseAddress, path).ToString();

    private async Task<(NetworkView View, PageWatch Watch)> OpenAsync(string path, IBrowserContext? context = null)
    {
        if (context is null) return await NetworkView.OpenWatchedAsync(_chromium!.Browser, _app.BaseAddress, path);
        var page = await context.NewPageAsync();
        var watch = await PageWatch.StartAsync(page);
        return (await NetworkView.OpenAsync(page, Url(path)), watch);
    }

    [Fact]
    public async Task The_view_of_Sadio_Camara_draws_his_ties_with_Wagner_marks_his_OFAC_sanction_and_runs_cleanly()
    {
        var (view, watch) = await OpenAsync("/entities/sadio-camara/network");

        var nodes = await view.NodeIdsAsync();
        Assert.Contains("sadio-camara", nodes);
        Assert.Contains("wagner-group", nodes);
        Assert.Contains("malian-junta", nodes);
        Assert.Contains("Sanctioned: OFAC", await view.LabelAsync("sadio-camara"), StringComparison.Ordinal);
        Assert.True(await view.Page.EvaluateAsync<bool>("() => networkGraph.getElementById('sadio-camara').hasClass('sanctioned')"));
        var edgeLabels = await view.Page.EvaluateAsync<string[]>("() => networkGraph.edges().map(e => e.data('label'))");
        Assert.Contains(edgeLabels, label => label.StartsWith("support", StringComparison.Ordinal));
        Assert.Contains(edgeLabels, label => label == "family: brother-in-law");
        await Assertions.Expect(view.Page.Locator("#legend li")).ToHaveCountAsync(10);
        await view.Page.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("network-sadio-camara") });
        await watch.AssertNothingWentWrongAsync();
    }

    [Fact]
    public async Task A_click_on_Wagner_shows_its_card_and_Expand_adds_its_neighbours_once()
    {
        var (view, watch) = await OpenAsync("/entities/sadio-camara/network");
        Assert.False(await view.HasNodeAsync("ivan-maslov"));

        await view.CentreOnAsync("wagner-group");
        await view.ClickNodeAsync("wagner-group");
        var card = view.Page.Locator("#card");
        await Assertions.Expect(card.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("Wagner Group");
        await Assertions.Expect(card.GetByRole(AriaRole.Link, new() { Name = "Entity page of Wagner Group" })).ToHaveAttributeAsync("href", "/entities/wagner-group");
        var before = (await view.NodeIdsAsync()).Length;
        await card.GetByRole(AriaRole.Button, new() { Name = "Expand" }).ClickAsync();
        await view.Page.Locator("#discover").GetByRole(AriaRole.Button, new() { Name = "Add all types" }).ClickAsync();
        await view.WaitForAsync("networkGraph.getElementById('ivan-maslov').nonempty()");

        var nodes = await view.NodeIdsAsync();
        Assert.True(nodes.Length > before, $"{nodes.Length} nodes after the expansion, {before} before");
        Assert.Equal(nodes.Length, nodes.Distinct().Count());
        Assert.Contains("#expand=wagner-group", view.Page.Url, StringComparison.Ordinal);
        Assert.Contains("focus=wagner-group", view.Page.Url, StringComparison.Ordinal);
        await Assertions.Expect(view.Page.Locator("#network-status")).ToContainTextAsync("Expanded Wagner Group");
        await view.Page.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("network-expanded-wagner") });
        await watch.AssertNothingWentWrongAsync();
    }

    [Fact]
    public async Task Shift_clicking_Sadio_Camara_then_Ivan_Maslov_highlights_the_path_through_Wagner()
    {
        var (view, watch) = await OpenAsync("/entities/sadio-camara/network#expand=wagner-group");
        Assert.True(await view.HasNodeAsync("ivan-maslov"));

        await view.CentreOnAsync("sadio-camara");
        await view.ClickNodeAsync("sadio-camara", shift: true);
        await Assertions.Expect(view.Page.Locator("#network-status")).ToContainTextAsync("Path from Sadio Camara");
        await view.CentreOnAsync("ivan-maslov");
        await view.ClickNodeAsync("ivan-maslov", shift: true);
        await view.WaitForAsync("networkGraph.elements('.on-path').length > 0");

        var onPath = await view.OnPathAsync();
        Assert.Contains("sadio-camara", onPath);
        Assert.Contains("wagner-group", onPath);
        Assert.Contains("ivan-maslov", onPath);
        Assert.Equal(2, onPath.Count(id => id.StartsWith("rel:", StringComparison.Ordinal)));
        await Assertions.Expect(view.Page.Locator("#network-status")).ToContainTextAsync("Path of 2 relationships: Sadio Camara → Wagner Group → Ivan Maslov");
        await view.Page.EvaluateAsync("() => { networkGraph.fit(); }");
        await view.Page.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("network-path") });
        await watch.AssertNothingWentWrongAsync();
    }

    [Fact]
    public async Task Reloading_the_address_restores_the_expansion_the_path_the_card_the_filters_and_the_table()
    {
        var (view, _) = await OpenAsync("/entities/sadio-camara/network");
        await view.Page.GetByRole(AriaRole.Button, new() { Name = "Table" }).ClickAsync();
        await view.Page.GetByRole(AriaRole.Button, new() { Name = "Expand: Wagner Group" }).ClickAsync();
        await view.Page.Locator("#discover").GetByRole(AriaRole.Button, new() { Name = "Add all types" }).ClickAsync();
        await view.WaitForAsync("networkGraph.getElementById('ivan-maslov').nonempty()");
        await view.Page.GetByRole(AriaRole.Button, new() { Name = "Path: Sadio Camara" }).ClickAsync();
        await view.Page.GetByRole(AriaRole.Button, new() { Name = "Path: Ivan Maslov" }).ClickAsync();
        await view.WaitForAsync("networkGraph.elements('.on-path').length === 5");
        await view.Page.GetByRole(AriaRole.Button, new() { Name = "Card: Ivan Maslov" }).ClickAsync();
        await Assertions.Expect(view.Page.Locator("#card h2")).ToHaveTextAsync("Ivan Maslov");
        await view.Page.Locator("#filters").GetByLabel("Country").UncheckAsync();
        var shown = await view.Page.EvaluateAsync<string[]>("() => networkGraph.nodes(':visible').map(n => n.id()).sort()");
        var address = view.Page.Url;

        var (restored, watch) = await OpenAsync(address.Replace(_app.BaseAddress.ToString(), "/", StringComparison.Ordinal));

        Assert.Equal(shown, await restored.Page.EvaluateAsync<string[]>("() => networkGraph.nodes(':visible').map(n => n.id()).sort()"));
        Assert.Equal(5, (await restored.OnPathAsync()).Length);
        await Assertions.Expect(restored.Page.Locator("#card h2")).ToHaveTextAsync("Ivan Maslov");
        await Assertions.Expect(restored.Page.Locator("#filters").GetByLabel("Country")).Not.ToBeCheckedAsync();
        await Assertions.Expect(restored.Page.Locator("#table-view")).ToBeVisibleAsync();
        await Assertions.Expect(restored.Page.Locator("#graph")).ToBeHiddenAsync();
        await Assertions.Expect(restored.Page.Locator("#table-view table.relationships tr.on-path")).ToHaveCountAsync(2);
        await watch.AssertNothingWentWrongAsync();
    }

    [Fact]
    public async Task The_same_address_draws_the_same_picture_twice()
    {
        const string positions = "() => networkGraph.nodes().map(n => `${n.id()} ${Math.round(n.position('x'))} ${Math.round(n.position('y'))}`).sort()";
        var (first, _) = await OpenAsync("/entities/sadio-camara/network#expand=wagner-group");
        var (second, watch) = await OpenAsync("/entities/sadio-camara/network#expand=wagner-group");

        Assert.Equal(await first.Page.EvaluateAsync<string[]>(positions), await second.Page.EvaluateAsync<string[]>(positions));
        await watch.AssertNothingWentWrongAsync();
    }

    [Fact]
    public async Task The_card_shows_the_sanction_with_its_authority_programme_date_and_quoted_source()
    {
        var (view, _) = await OpenAsync("/entities/sadio-camara/network#focus=sadio-camara");
        var card = view.Page.Locator("#card");

        await Assertions.Expect(card.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("Sadio Camara");
        var text = await card.InnerTextAsync();
        Assert.Contains("In force: Office of Foreign Assets Control (OFAC) (listed 2023-07-24)", text, StringComparison.Ordinal);
        Assert.Contains("Programmes: RUSSIA-EO14024", text, StringComparison.Ordinal);
        Assert.Contains("On July 24, the U.S. Treasury Department sanctioned three of the most senior officials", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_hide_a_kind_and_a_relationship_type_from_the_graph_and_the_table()
    {
        var (view, _) = await OpenAsync("/entities/sadio-camara/network");
        await view.Page.Locator("#filters").GetByLabel("Person").UncheckAsync();
        await view.Page.Locator("#filters").GetByLabel("support").UncheckAsync();

        Assert.Equal(0, await view.Page.EvaluateAsync<int>("() => networkGraph.nodes(':visible').filter(n => n.data('kind') === 'PERSON').length"));
        Assert.Equal(0, await view.Page.EvaluateAsync<int>("() => networkGraph.edges(':visible').filter(e => e.data('type') === 'support').length"));
        Assert.Contains("hide=kind%3APERSON", view.Page.Url, StringComparison.Ordinal);
        await view.Page.GetByRole(AriaRole.Button, new() { Name = "Table" }).ClickAsync();
        await Assertions.Expect(view.Page.Locator("#table-view tr[data-id='sadio-camara']")).ToHaveCountAsync(0);
        await Assertions.Expect(view.Page.Locator("#table-view tr[data-id='wagner-group']")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task PNG_and_SVG_exports_download_the_drawing_with_the_names_as_text()
    {
        await using var context = await _chromium!.Browser.NewContextAsync(new() { AcceptDownloads = true, ViewportSize = new() { Width = 1400, Height = 900 } });
        var (view, watch) = await OpenAsync("/entities/sadio-camara/network", context);

        var png = await view.Page.RunAndWaitForDownloadAsync(() => view.Page.GetByRole(AriaRole.Button, new() { Name = "Export PNG" }).ClickAsync());
        var svg = await view.Page.RunAndWaitForDownloadAsync(() => view.Page.GetByRole(AriaRole.Button, new() { Name = "Export SVG" }).ClickAsync());

        Assert.Equal("network-sadio-camara.png", png.SuggestedFilename);
        var pngBytes = await File.ReadAllBytesAsync((await png.PathAsync())!);
        Assert.True(pngBytes.Length > 1000 && pngBytes[1] == (byte)'P' && pngBytes[2] == (byte)'N' && pngBytes[3] == (byte)'G', $"{pngBytes.Length} bytes, not a PNG");
        Assert.Equal("network-sadio-camara.svg", svg.SuggestedFilename);
        var svgText = await File.ReadAllTextAsync((await svg.PathAsync())!);
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svgText, StringComparison.Ordinal);
        Assert.Contains(">Wagner Group<", svgText, StringComparison.Ordinal);
        Assert.Contains(">Sanctioned: OFAC<", svgText, StringComparison.Ordinal);
        await watch.AssertNothingWentWrongAsync();
    }

    [Fact]
    public async Task The_page_has_no_axe_violation_in_the_graph_and_the_table_view()
    {
        var (view, watch) = await OpenAsync("/entities/sadio-camara/network#focus=sadio-camara");
        await Assertions.Expect(view.Page.Locator("#card h2")).ToHaveTextAsync("Sadio Camara");
        await Axe.AssertNoViolationsAsync(view.Page, "the network view");
        await view.Page.GetByRole(AriaRole.Button, new() { Name = "Table" }).ClickAsync();
        await view.Page.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("network-table"), FullPage = true });
        await Axe.AssertNoViolationsAsync(view.Page, "the network view's table");
        await view.Page.GetByRole(AriaRole.Button, new() { Name = "Expand: Wagner Group" }).ClickAsync();
        await Assertions.Expect(view.Page.Locator("#discover h2")).ToHaveTextAsync("Discover: Wagner Group");
        await Axe.AssertNoViolationsAsync(view.Page, "the network view's Discover panel");
        await watch.AssertNothingWentWrongAsync();
    }

    [Fact]
    public async Task With_scripts_off_the_page_names_the_entity_links_its_page_and_says_why_no_graph_shows()
    {
        await using var context = await _chromium!.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url("/entities/sadio-camara/network"));

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Network of Sadio Camara");
        await Assertions.Expect(page.Locator("noscript")).ToHaveCountAsync(1);
        Assert.Contains("draws the graph with JavaScript", await page.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#network")).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Entity page of Sadio Camara" }).ClickAsync();
        Assert.Equal(Url("/entities/sadio-camara"), page.Url);
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        _app.Dispose();
    }
}
