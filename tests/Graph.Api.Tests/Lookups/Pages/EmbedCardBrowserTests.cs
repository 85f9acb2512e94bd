using System.Text.Json;
using Graph.Api.Tests.Infrastructure;
using Graph.Api.Tests.Playground;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Lookups.Pages;

/// <summary>The embed card framed by a news page of another origin, the other routes refusing to be framed, and the card under axe.</summary>
public sealed class EmbedCardBrowserTests : IAsyncLifetime
{
    private const string ListenForHeights = """
        <script>
          window.heights = [];
          window.addEventListener('message', e => {
            if (e.data && e.data.type === 'sanctions-entity:height') window.heights.push({ origin: e.origin, id: e.data.id, height: e.data.height });
          });
        </script>
        """;

    private readonly GraphApp _app = new();
    private Chromium? _chromium;

    public async Task InitializeAsync() => _chromium = await Chromium.LaunchAsync();

    private string Url(string path) => new Uri(_app.BaseAddress, path).ToString();

    [Fact]
    public async Task The_card_renders_in_a_news_page_of_another_origin_and_reports_its_true_height_to_it()
    {
        var card = Url("/embed/entities/sadio-camara?asOf=2023-07-24");
        var story = $"<!doctype html><html lang=\"en\"><title>Story</title><body><h1>Mali story</h1>{ListenForHeights}" +
            $"<iframe id=\"card\" src=\"{card}\" width=\"400\" height=\"250\" title=\"Sanctions record: Sadio Camara\" frameborder=\"0\"></iframe></body></html>";
        await using var host = await HostPage.StartAsync(new Dictionary<string, (string, string?)> { ["/story"] = (story, null) });
        var page = await _chromium!.Browser.NewPageAsync();

        await page.GotoAsync(new Uri(host.BaseAddress, "/story").ToString());
        await page.WaitForFunctionAsync("() => window.heights.length > 0");
        var frame = page.Frames.Single(f => f.Url == card);
        await Assertions.Expect(frame.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sadio Camara");
        var text = await frame.Locator("body").InnerTextAsync();
        var reported = (await page.EvaluateAsync<JsonElement>("() => window.heights.at(-1)"));
        var contentHeight = await frame.EvaluateAsync<double>("() => document.body.getBoundingClientRect().height");

        Assert.Contains("Sanctioned by Office of Foreign Assets Control (OFAC) under RUSSIA-EO14024 since 2023-07-24", text, StringComparison.Ordinal);
        Assert.Contains("In force on 2023-07-24", text, StringComparison.Ordinal);
        Assert.Contains("Responsible Statecraft", text, StringComparison.Ordinal);
        Assert.Contains("As of 2023-07-24", text, StringComparison.Ordinal);
        Assert.Equal(_app.BaseAddress.GetLeftPart(UriPartial.Authority), reported.GetProperty("origin").GetString());
        Assert.Equal("sadio-camara", reported.GetProperty("id").GetString());
        Assert.Equal((int)Math.Ceiling(contentHeight), reported.GetProperty("height").GetInt32());
        Assert.InRange(contentHeight, 120, 250);
        var link = frame.GetByRole(AriaRole.Link, new() { Name = "Full record" });
        Assert.Equal(Url("/entities/sadio-camara?asOf=2023-07-24"), await link.GetAttributeAsync("href"));
        Assert.Equal("_blank", await link.GetAttributeAsync("target"));
        Assert.Equal("noopener", await link.GetAttributeAsync("rel"));
        await page.Locator("#card").ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("embed-card-in-story") });
    }

    [Fact]
    public async Task The_card_tells_a_new_height_when_its_frame_narrows_and_its_text_wraps()
    {
        var card = Url("/embed/entities/sadio-camara?asOf=2023-07-24");
        var story = $"<!doctype html><html lang=\"en\"><title>Story</title><body>{ListenForHeights}<iframe id=\"card\" src=\"{card}\" width=\"400\" height=\"250\" title=\"card\"></iframe></body></html>";
        await using var host = await HostPage.StartAsync(new Dictionary<string, (string, string?)> { ["/story"] = (story, null) });
        var page = await _chromium!.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "/story").ToString());
        await page.WaitForFunctionAsync("() => window.heights.length > 0");
        var wide = await page.EvaluateAsync<int>("() => window.heights.at(-1).height");

        await page.EvaluateAsync("() => { document.getElementById('card').width = '250'; }");
        await page.WaitForFunctionAsync($"() => window.heights.at(-1).height > {wide}");

        var frame = page.Frames.Single(f => f.Url == card);
        var narrow = await page.EvaluateAsync<int>("() => window.heights.at(-1).height");
        Assert.Equal((int)Math.Ceiling(await frame.EvaluateAsync<double>("() => document.body.getBoundingClientRect().height")), narrow);
    }

    [Fact]
    public async Task A_news_page_that_frames_the_entity_page_or_the_search_page_is_refused_while_the_card_beside_them_renders()
    {
        var story = "<!doctype html><html lang=\"en\"><title>Story</title><body>" +
            $"<iframe id=\"page\" src=\"{Url("/entities/sadio-camara")}\" title=\"page\"></iframe>" +
            $"<iframe id=\"search\" src=\"{Url("/entities?q=Camara")}\" title=\"search\"></iframe>" +
            $"<iframe id=\"card\" src=\"{Url("/embed/entities/sadio-camara")}\" title=\"card\"></iframe></body></html>";
        await using var host = await HostPage.StartAsync(new Dictionary<string, (string, string?)> { ["/story"] = (story, null) });
        var page = await _chromium!.Browser.NewPageAsync();
        var refusals = new System.Collections.Concurrent.ConcurrentBag<string>();
        page.Console += (_, message) => { if (message.Text.Contains("frame-ancestors", StringComparison.Ordinal)) refusals.Add(message.Text); };

        await page.GotoAsync(new Uri(host.BaseAddress, "/story").ToString(), new() { WaitUntil = WaitUntilState.Load });

        await Assertions.Expect(page.FrameLocator("#card").GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sadio Camara");
        foreach (var id in new[] { "page", "search" })
        {
            await Assertions.Expect(page.FrameLocator($"#{id}").Locator("header.site")).ToHaveCountAsync(0);
        }
        await Eventually.Holds(() => refusals.Count == 2, "Chromium's two frame-ancestors refusals");
    }

    [Theory]
    [InlineData(ColorScheme.Light, "light")]
    [InlineData(ColorScheme.Dark, "dark")]
    public async Task The_card_has_no_axe_violation_in_either_colour_scheme_and_is_screenshotted(ColorScheme scheme, string name)
    {
        await using var context = await _chromium!.Browser.NewContextAsync(new() { ColorScheme = scheme, ViewportSize = new() { Width = 400, Height = 250 } });
        var page = await context.NewPageAsync();
        var watch = await PageWatch.StartAsync(page);

        await page.GotoAsync(Url("/embed/entities/sadio-camara?asOf=2023-07-24"));
        await page.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath($"embed-card-{name}") });
        await Axe.AssertNoViolationsAsync(page, $"the card ({name})");
        await watch.AssertNothingWentWrongAsync();
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        _app.Dispose();
    }
}
