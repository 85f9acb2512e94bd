using Graph.Api.Tests.Imports;
using Graph.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Lookups.Component;

/// <summary>The web component on entries imported from two OFAC publications: a delisted one shows as ended, with its date.</summary>
public sealed class OfacComponentTests : IAsyncLifetime
{
    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 15_000 };
    private Story? _story;

    public async Task InitializeAsync()
    {
        var app = new GraphApp(new() { ["Auth:ApiKeys:0"] = UploadClient.Key });
        await app.ImportBothOfacPublicationsAsync();
        _story = await Story.StartAsync(new Dictionary<string, string>
        {
            ["/ofac"] = """
                <sanctions-entity id="delisted" entity-id="ofac-2674" mode="card">Abu Abbas</sanctions-entity>
                <sanctions-entity id="listed" entity-id="ofac-2679" mode="card">Fadlallah</sanctions-entity>
                """,
        }, app);
    }

    [Fact]
    public async Task A_delisted_entry_shows_its_sanction_as_ended_on_the_day_it_was_dropped_and_a_listed_one_as_in_force()
    {
        var (page, watch) = await _story!.OpenAsync("/ofac");
        var delisted = page.Locator("#delisted .card");
        var listed = page.Locator("#listed .card");
        await Assertions.Expect(delisted).ToBeVisibleAsync(Soon);
        await Assertions.Expect(listed).ToBeVisibleAsync(Soon);
        await page.ScreenshotAsync(new() { Path = Infrastructure.Chromium.ScreenshotPath("web-component-ofac-ended") });

        var ended = await delisted.EvaluateAsync<string>("e => e.textContent");
        Assert.Contains("ABBAS, Abu", ended, StringComparison.Ordinal);
        Assert.Contains("Ended 2 Aug 2021", ended, StringComparison.Ordinal);
        Assert.Contains("Sanctioned by Office of Foreign Assets Control under SDGT, on the list by 7 Jul 2021.", ended, StringComparison.Ordinal);
        Assert.DoesNotContain("In force", ended, StringComparison.Ordinal);
        Assert.Contains("In force", await listed.EvaluateAsync<string>("e => e.textContent"), StringComparison.Ordinal);
        await watch.AssertNothingWentWrongAsync();
    }

    public async Task DisposeAsync()
    {
        if (_story is not null) await _story.DisposeAsync();
    }
}
