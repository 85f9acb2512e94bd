using Graph.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Lookups.Component;

/// <summary>
/// The web component showing entities whose every field is an attack: nothing runs, every hostile string shows as
/// text, and no javascript: address becomes a link, inline or as a card.
/// </summary>
public sealed class HostileComponentTests : IAsyncLifetime
{
    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 15_000 };
    private Story? _story;

    public async Task InitializeAsync()
    {
        var app = new GraphApp();
        await HostileGraph.WriteAsync(app.Services);
        _story = await Story.StartAsync(new Dictionary<string, string>
        {
            ["/hostile"] = $"""
                <p>Who is <sanctions-entity id="inline" entity-id="{HostileGraph.TargetId}">the hostile person</sanctions-entity>?</p>
                <sanctions-entity id="card" entity-id="{HostileGraph.TargetId}" mode="card">the hostile person</sanctions-entity>
                <sanctions-entity id="partner" entity-id="{HostileGraph.PartnerId}" mode="card">the partner</sanctions-entity>
                """,
        }, app);
    }

    [Fact]
    public async Task Hostile_names_programmes_quotes_and_urls_show_as_text_and_nothing_runs()
    {
        var (page, watch) = await _story!.OpenAsync("/hostile");
        var trigger = page.Locator("#inline .trigger");
        await Assertions.Expect(trigger).ToBeVisibleAsync(Soon);
        await Assertions.Expect(page.Locator("#card .card")).ToBeVisibleAsync(Soon);
        await Assertions.Expect(page.Locator("#partner .card")).ToBeVisibleAsync(Soon);
        await trigger.HoverAsync();
        var hover = page.Locator("#inline .card");
        await Assertions.Expect(hover).ToBeVisibleAsync(Soon);
        await page.ScreenshotAsync(new() { Path = Infrastructure.Chromium.ScreenshotPath("web-component-hostile"), FullPage = true });

        foreach (var card in new[] { hover, page.Locator("#card .card") })
        {
            var text = await card.EvaluateAsync<string>("e => e.textContent");
            Assert.Contains(HostileGraph.ScriptName, text, StringComparison.Ordinal);
            Assert.Contains(HostileGraph.AttributeBreakout, text, StringComparison.Ordinal);
            Assert.Contains(HostileGraph.SingleQuoteBreakout, text, StringComparison.Ordinal);
            Assert.Contains(HostileGraph.ClosingScriptInJson, text, StringComparison.Ordinal);
        }
        Assert.Contains(HostileGraph.RightToLeft, await page.Locator("#partner .card .name").EvaluateAsync<string>("e => e.textContent"), StringComparison.Ordinal);
        // The right-to-left override is held inside its own <bdi>.
        Assert.Equal("BDI", await page.Locator("#partner .card .name").EvaluateAsync<string>("e => e.firstElementChild.tagName"));

        var shadows = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('sanctions-entity')].flatMap(e => [...e.shadowRoot.querySelectorAll('*')])
              .flatMap(n => [n.tagName, ...[...n.attributes].map(a => a.name + '=' + a.value)])
            """);
        Assert.DoesNotContain(shadows, s => s is "IMG" or "SCRIPT" or "IFRAME");
        Assert.DoesNotContain(shadows, s => s.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        var hrefs = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('sanctions-entity')].flatMap(e => [...e.shadowRoot.querySelectorAll('[href]')]).map(a => a.href)");
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, href => Assert.Matches("^https?://", href));
        Assert.DoesNotContain(hrefs, href => href.Contains("javascript", StringComparison.OrdinalIgnoreCase));

        await watch.AssertNothingWentWrongAsync();
        await _story.AssertNoDialogsAsync(page);
    }

    public async Task DisposeAsync()
    {
        if (_story is not null) await _story.DisposeAsync();
    }
}
