using Graph.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Lookups.Component;

/// <summary>
/// The <c>&lt;sanctions-entity&gt;</c> web component in Debian's Chromium, on a news site of another origin with a strict
/// Content-Security-Policy: the hover card, the card mode, one request per distinct entity, and styles kept apart.
/// </summary>
public sealed class WebComponentTests : IAsyncLifetime
{
    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 15_000 };
    private Story? _story;

    private const string Article = """
        <main>
          <p id="lede">This week the U.S. Treasury sanctioned Mali's defence minister
            <sanctions-entity id="camara" entity-id="sadio-camara" as-of="2023-07-24">Sadio Camara</sanctions-entity>
            and the air force chief <sanctions-entity id="diarra" entity-id="alou-boi-diarra" as-of="2023-07-24">Alou Boï Diarra</sanctions-entity>.</p>
          <p>Camara <sanctions-entity id="camara-again" entity-id="sadio-camara" as-of="2023-07-24">(Defence)</sanctions-entity>,
            today <sanctions-entity id="camara-today" entity-id="sadio-camara">Sadio Camara</sanctions-entity>,
            the day before <sanctions-entity id="camara-before" entity-id="sadio-camara" as-of="2023-07-23">Sadio Camara</sanctions-entity>.</p>
          <sanctions-entity id="diarra-card" entity-id="alou-boi-diarra" as-of="2023-07-24" mode="card">Alou Boï Diarra</sanctions-entity>
          <ul class="card" id="host-card"><li id="host-item">The site's own list</li></ul>
          <a id="host-link" href="#lede">The site's own link</a>
        </main>
        """;

    public async Task InitializeAsync() => _story = await Story.StartAsync(new Dictionary<string, string>
    {
        ["/story"] = Article,
        ["/card"] = """<p>Profile:</p><sanctions-entity id="card" entity-id="sadio-camara" as-of="2023-07-24" mode="card">Sadio Camara</sanctions-entity>""",
        ["/missing"] = """<p>Who is <sanctions-entity id="nobody" entity-id="no-such-entity">Nobody Known</sanctions-entity>?</p>""",
    });

    [Fact]
    public async Task Hovering_the_name_shows_the_card_with_the_sanction_line_a_source_the_day_and_a_link()
    {
        var (page, watch) = await _story!.OpenAsync("/story");
        var trigger = page.Locator("#camara .trigger");
        await Assertions.Expect(trigger).ToBeVisibleAsync(Soon);
        Assert.Equal("Sadio Camara", await page.Locator("#camara").EvaluateAsync<string>("e => e.textContent"));

        await trigger.HoverAsync();
        var card = page.Locator("#camara .card");
        await Assertions.Expect(card).ToBeVisibleAsync(Soon);

        await Assertions.Expect(card).ToHaveAttributeAsync("role", "dialog");
        await Assertions.Expect(card).ToHaveAttributeAsync("aria-label", "Sanctions record: Sadio Camara");
        var text = await card.EvaluateAsync<string>("e => e.textContent");
        foreach (var expected in new[] { "Person", "Sadio Camara", "In force", "Sanctioned by Office of Foreign Assets Control under RUSSIA-EO14024, since 24 Jul 2023.",
            "Source:", "Responsible Statecraft", "Jul 2023", "As of 24 Jul 2023", "Full record" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
        Assert.Equal(new Uri(_story.App.BaseAddress, "/entities/sadio-camara?asOf=2023-07-24").ToString(),
            await card.GetByRole(AriaRole.Link, new() { Name = "Full record" }).GetAttributeAsync("href"));
        await Assertions.Expect(trigger).ToHaveAttributeAsync("aria-expanded", "true");
        await page.ScreenshotAsync(new() { Path = Infrastructure.Chromium.ScreenshotPath("web-component-hover-card") });

        await page.Mouse.MoveAsync(5, 600);
        await Assertions.Expect(card).ToBeHiddenAsync(new() { Timeout = 5_000 });
        await watch.AssertNothingWentWrongAsync();
        await _story.AssertNoDialogsAsync(page);
    }

    [Fact]
    public async Task Keyboard_focus_opens_the_card_and_Escape_closes_it()
    {
        var (page, watch) = await _story!.OpenAsync("/story");
        var trigger = page.Locator("#camara .trigger");
        await Assertions.Expect(trigger).ToBeVisibleAsync(Soon);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sadio Camara, sanctions record" }).First).ToBeVisibleAsync();

        await trigger.FocusAsync();
        var card = page.Locator("#camara .card");
        await Assertions.Expect(card).ToBeVisibleAsync(Soon);
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(card).ToBeHiddenAsync();
        await Assertions.Expect(trigger).ToHaveAttributeAsync("aria-expanded", "false");

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(card).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(card.GetByRole(AriaRole.Link)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(card).ToBeHiddenAsync();
        await watch.AssertNothingWentWrongAsync();
    }

    [Fact]
    public async Task Seven_elements_of_four_distinct_entities_and_days_send_four_requests()
    {
        var (page, watch) = await _story!.OpenAsync("/story");

        foreach (var id in new[] { "camara", "diarra", "camara-again", "camara-today", "camara-before" })
        {
            await Assertions.Expect(page.Locator($"#{id} .trigger")).ToBeVisibleAsync(Soon);
        }
        await Assertions.Expect(page.Locator("#diarra-card .card")).ToBeVisibleAsync(Soon);
        Assert.Equal(
            ["/api/entities/alou-boi-diarra?asOf=2023-07-24", "/api/entities/sadio-camara", "/api/entities/sadio-camara?asOf=2023-07-23", "/api/entities/sadio-camara?asOf=2023-07-24"],
            _story.Lookups.Select(url => new Uri(url).PathAndQuery).Order(StringComparer.Ordinal));
        await watch.AssertNothingWentWrongAsync();
    }

    [Fact]
    public async Task The_day_before_the_designation_the_card_shows_no_sanction()
    {
        var (page, watch) = await _story!.OpenAsync("/story");
        var trigger = page.Locator("#camara-before .trigger");
        await Assertions.Expect(trigger).ToBeVisibleAsync(Soon);

        await trigger.HoverAsync();
        var card = page.Locator("#camara-before .card");
        await Assertions.Expect(card).ToBeVisibleAsync(Soon);

        var text = await card.InnerTextAsync();
        Assert.Contains("No sanction on record as of 23 Jul 2023.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Office of Foreign Assets Control", text, StringComparison.Ordinal);
        await watch.AssertNothingWentWrongAsync();
    }

    [Fact]
    public async Task Card_mode_shows_the_card_in_place_of_the_text_in_light_and_dark_schemes()
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var (page, watch) = await _story!.OpenAsync("/card", scheme);
            var card = page.Locator("#card .card");
            await Assertions.Expect(card).ToBeVisibleAsync(Soon);

            await Assertions.Expect(card).ToHaveAttributeAsync("aria-label", "Sanctions record: Sadio Camara");
            Assert.Contains("Sanctioned by Office of Foreign Assets Control", await card.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator("#card .trigger").CountAsync());
            Assert.Equal("Profile:", (await page.Locator("body").InnerTextAsync()).Split('\n')[0].Trim());
            var background = await card.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
            Assert.Equal(scheme == ColorScheme.Dark ? "rgb(31, 35, 40)" : "rgb(255, 255, 255)", background);
            await page.ScreenshotAsync(new() { Path = Infrastructure.Chromium.ScreenshotPath($"web-component-card-{scheme.ToString().ToLowerInvariant()}") });
            await watch.AssertNothingWentWrongAsync();
            await page.CloseAsync();
        }
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task The_open_hover_card_and_the_card_mode_have_no_axe_violation(ColorScheme scheme)
    {
        var (page, watch) = await _story!.OpenAsync("/card", scheme);
        await Assertions.Expect(page.Locator("#card .card")).ToBeVisibleAsync(Soon);
        await Axe.AssertNoViolationsAsync(page, $"the card mode ({scheme})", "#card");
        await page.CloseAsync();

        (page, watch) = await _story.OpenAsync("/story", scheme);
        var trigger = page.Locator("#camara .trigger");
        await Assertions.Expect(trigger).ToBeVisibleAsync(Soon);
        await trigger.HoverAsync();
        await Assertions.Expect(page.Locator("#camara .card")).ToBeVisibleAsync(Soon);
        await Axe.AssertNoViolationsAsync(page, $"the hover card, open ({scheme})", "#camara", ".card");
        await watch.AssertNothingWentWrongAsync();
    }

    [Fact]
    public async Task The_sites_styles_do_not_reach_the_card_and_the_cards_do_not_reach_the_site()
    {
        var (page, watch) = await _story!.OpenAsync("/story");
        var card = page.Locator("#diarra-card .card");
        await Assertions.Expect(card).ToBeVisibleAsync(Soon);

        var inside = await card.Locator(".name").EvaluateAsync<string[]>("e => { const s = getComputedStyle(e); return [s.color, s.fontFamily, s.backgroundColor]; }");
        Assert.NotEqual("rgb(255, 0, 0)", inside[0]);
        Assert.DoesNotContain("serif", inside[1].Replace("sans-serif", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.NotEqual("rgb(255, 255, 0)", inside[2]);
        var hostCard = await page.Locator("#host-card").EvaluateAsync<string[]>("e => { const s = getComputedStyle(e); return [s.backgroundColor, s.borderTopWidth, s.boxShadow]; }");
        Assert.Equal(["rgb(255, 255, 0)", "0px", "none"], hostCard);
        Assert.Equal("0px", await page.Locator("#host-item").EvaluateAsync<string>("e => getComputedStyle(e).marginBottom"));
        Assert.Equal("rgb(255, 0, 0)", await page.Locator("#host-link").EvaluateAsync<string>("e => getComputedStyle(e).color"));
        // The inline trigger keeps the story's own look: it is the story's text.
        Assert.Equal("rgb(255, 0, 0)", await page.Locator("#camara .trigger").EvaluateAsync<string>("e => getComputedStyle(e).color"));
        await watch.AssertNothingWentWrongAsync();
    }

    [Fact]
    public async Task When_the_lookup_fails_the_fallback_text_stays_as_it_was()
    {
        var (page, _) = await _story!.OpenAsync("/missing");

        Assert.Equal(["/api/entities/no-such-entity"], _story.Lookups.Select(url => new Uri(url).PathAndQuery));
        Assert.Equal("Who is Nobody Known?", (await page.Locator("p").InnerTextAsync()).Trim());
        Assert.True(await page.Locator("#nobody").EvaluateAsync<bool>("e => e.shadowRoot === null"));
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__cspViolations"));
    }

    public async Task DisposeAsync()
    {
        if (_story is not null) await _story.DisposeAsync();
    }
}
