using Graph.Api.Tests.Infrastructure;
using Graph.Api.Tests.Playground;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Lookups.Pages;

/// <summary>The hostile graph in Chromium: with alert, confirm and prompt trapped, nothing runs on the page or the card, and every attack reads as text.</summary>
public sealed class HostileBrowserTests : IAsyncLifetime
{
    private readonly GraphApp _app = new();
    private Chromium? _chromium;

    public async Task InitializeAsync()
    {
        _chromium = await Chromium.LaunchAsync();
        await HostileGraph.WriteAsync(_app.Services);
    }

    [Theory]
    [InlineData("/entities/" + HostileGraph.TargetId)]
    [InlineData("/entities/" + HostileGraph.PartnerId)]
    [InlineData("/entities/" + HostileGraph.AuthorityId)]
    [InlineData("/embed/entities/" + HostileGraph.TargetId)]
    [InlineData("/entities?q=alert")]
    public async Task Nothing_hostile_runs_even_when_every_element_is_hovered_and_the_attacks_read_as_text(string path)
    {
        var page = await _chromium!.Browser.NewPageAsync();
        var dialogs = await TrappedDialogs.OnAsync(page);
        var watch = await PageWatch.StartAsync(page);

        await page.GotoAsync(new Uri(_app.BaseAddress, path).ToString());
        foreach (var element in await page.Locator("body *:visible").AllAsync()) await element.HoverAsync(new() { Force = true, Timeout = 2000 });
        var text = await page.Locator("body").InnerTextAsync();

        await dialogs.AssertNothingRanAsync();
        Assert.Equal(0, await page.Locator("body img, body iframe, body script:not([src])").CountAsync());
        Assert.Equal(0, await page.Locator("a[href^='javascript:' i]").CountAsync());
        var shown = path.StartsWith("/entities/" + HostileGraph.TargetId, StringComparison.Ordinal)
            ? HostileGraph.All
            : path.StartsWith("/embed/", StringComparison.Ordinal)
                ? [HostileGraph.ScriptName, HostileGraph.AttributeBreakout, HostileGraph.SingleQuoteBreakout, HostileGraph.JavascriptUrl, HostileGraph.ClosingScriptInJson]
                : [HostileGraph.ScriptName];
        foreach (var attack in shown) Assert.Contains(attack, text, StringComparison.Ordinal);
        await watch.AssertNothingWentWrongAsync();
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        _app.Dispose();
    }
}
