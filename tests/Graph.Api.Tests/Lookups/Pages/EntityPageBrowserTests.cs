using Graph.Api.Tests.Infrastructure;
using Graph.Api.Tests.Playground;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Lookups.Pages;

/// <summary>The entity page and the search page in Debian's Chromium: read with scripts off, followed link by link, checked by axe in both colour schemes.</summary>
public sealed class EntityPageBrowserTests : IAsyncLifetime
{
    private readonly GraphApp _app = new();
    private Chromium? _chromium;

    public async Task InitializeAsync() => _chromium = await Chromium.LaunchAsync();

    private string Url(string path) => new Uri(_app.BaseAddress, path).ToString();

    [Fact]
    public async Task With_scripts_off_the_page_reads_as_Sadio_Camara_sanctioned_by_OFAC_and_its_ties_lead_to_their_pages()
    {
        await using var context = await _chromium!.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync(Url("/entities/sadio-camara?asOf=2023-07-24"));
        var text = await page.Locator("body").InnerTextAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sadio Camara");
        foreach (var expected in new[]
        {
            "Office of Foreign Assets Control (OFAC)", "In force", "RUSSIA-EO14024", "2023-07-24", "Responsible Statecraft",
            "On July 24, the U.S. Treasury Department sanctioned three of the most senior officials", "relative of Lamine Seydou Traoré (Person) — brother-in-law",
            "shift the spotlight from Russian nationals to Malian ones", "Embed this",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
        var sanctions = page.Locator("section[aria-labelledby=sanctions]");
        await Assertions.Expect(sanctions.Locator(".status")).ToHaveTextAsync("In force");

        // A tie's quotes are folded in a <details>, which opens without script.
        var family = page.Locator("li", new() { HasText = "relative of" });
        await family.Locator("summary").ClickAsync();
        await Assertions.Expect(family.Locator("blockquote")).ToHaveTextAsync("Lamine Seydou Traoré, who happens to be Camara’s brother-in-law");

        await page.GetByRole(AriaRole.Link, new() { Name = "Malian military junta" }).ClickAsync();

        Assert.Equal(Url("/entities/malian-junta?asOf=2023-07-24"), page.Url);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Malian military junta");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sadio Camara" }).First.ClickAsync();
        Assert.Equal(Url("/entities/sadio-camara?asOf=2023-07-24"), page.Url);
    }

    [Fact]
    public async Task A_reporter_goes_from_a_name_in_the_search_form_to_the_entity_page_without_scripts()
    {
        await using var context = await _chromium!.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url("/entities"));

        await page.GetByLabel("Name or alias").FillAsync("Camara");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Sadio Camara" }).ClickAsync();

        Assert.Equal(Url("/entities/sadio-camara"), page.Url);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sadio Camara");
    }

    [Theory]
    [InlineData(ColorScheme.Light, "light")]
    [InlineData(ColorScheme.Dark, "dark")]
    public async Task The_page_and_the_search_page_have_no_axe_violation_run_cleanly_and_are_screenshotted(ColorScheme scheme, string name)
    {
        await using var context = await _chromium!.Browser.NewContextAsync(new() { ColorScheme = scheme, ViewportSize = new() { Width = 1000, Height = 900 } });
        var page = await context.NewPageAsync();
        var watch = await PageWatch.StartAsync(page);

        await page.GotoAsync(Url("/entities/sadio-camara?asOf=2023-07-24"));
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Copy: Iframe (about 400 × 250)" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath($"entity-page-{name}"), FullPage = true });
        await Axe.AssertNoViolationsAsync(page, $"the entity page ({name})");
        await watch.AssertNothingWentWrongAsync();

        await page.GotoAsync(Url("/entities?q=Mali"));
        await Axe.AssertNoViolationsAsync(page, $"the search page ({name})");
        await watch.AssertNothingWentWrongAsync();
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        _app.Dispose();
    }
}
