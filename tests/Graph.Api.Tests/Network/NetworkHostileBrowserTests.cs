using Graph.Api.Tests.Infrastructure;
using Graph.Api.Tests.Playground;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Network;

/// <summary>The hostile graph in the network view: names drawn, cards, tables and Discover shown, and nothing of it runs.</summary>
public sealed class NetworkHostileBrowserTests : IAsyncLifetime
{
    private readonly GraphApp _app = new();
    private Chromium? _chromium;

    public async Task InitializeAsync()
    {
        _chromium = await Chromium.LaunchAsync();
        await HostileGraph.WriteAsync(_app.Services);
    }

    [Fact]
    public async Task A_hostile_name_is_drawn_carded_and_tabled_as_text_and_runs_nothing()
    {
        var page = await _chromium!.Browser.NewPageAsync(NetworkView.Viewport);
        var dialogs = await TrappedDialogs.OnAsync(page);
        var watch = await PageWatch.StartAsync(page);

        var view = await NetworkView.OpenAsync(page, new Uri(_app.BaseAddress, $"/entities/{HostileGraph.TargetId}/network#focus={HostileGraph.TargetId}&view=table").ToString());
        await Assertions.Expect(page.Locator("#card h2")).ToHaveTextAsync(HostileGraph.ScriptName);

        Assert.Equal(HostileGraph.ScriptName, await view.Page.EvaluateAsync<string>("id => networkGraph.getElementById(id).data('name')", HostileGraph.TargetId));
        Assert.Contains($"{HostileGraph.RightToLeft} {HostileGraph.ScriptName}", await view.LabelAsync(HostileGraph.PartnerId), StringComparison.Ordinal);
        var text = await page.Locator("body").InnerTextAsync();
        foreach (var attack in new[] { HostileGraph.ScriptName, HostileGraph.AttributeBreakout, HostileGraph.SingleQuoteBreakout, HostileGraph.ClosingScriptInJson })
        {
            Assert.Contains(attack, text, StringComparison.Ordinal);
        }
        await page.GetByRole(AriaRole.Button, new() { Name = $"Expand: {HostileGraph.ScriptName}", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#discover h2")).ToHaveTextAsync($"Discover: {HostileGraph.ScriptName}");
        await page.Locator("#discover").GetByRole(AriaRole.Button, new() { Name = "Add all types" }).ClickAsync();
        await Assertions.Expect(page.Locator("#discover .discover-page")).ToContainTextAsync(HostileGraph.ScriptName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Graph" }).ClickAsync();
        foreach (var element in await page.Locator("#card *:visible, #filters *:visible, #discover *:visible").AllAsync()) await element.HoverAsync(new() { Force = true, Timeout = 2000 });
        await dialogs.AssertNothingRanAsync();
        Assert.Equal(0, await page.Locator("body img, body iframe, body script:not([src])").CountAsync());
        Assert.Equal(0, await page.Locator("a[href^='javascript:' i]").CountAsync());
        await page.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("network-hostile") });
        await watch.AssertNothingWentWrongAsync();
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        _app.Dispose();
    }
}
