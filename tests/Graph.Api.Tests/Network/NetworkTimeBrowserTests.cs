using Graph.Api.Tests.Infrastructure;
using Graph.Api.Tests.Playground;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Network;

/// <summary>
/// The time slider of the network view: a day chosen on the range or the date input is every read's asOf, so the
/// Malian officials' OFAC marks (listed 2023-07-24) are gone on 2023-07-23 and back on 2023-07-24; the day is kept in
/// the address; Play steps through the months and the drawing follows.
/// </summary>
public sealed class NetworkTimeBrowserTests : IAsyncLifetime
{
    /// <summary>The three officials OFAC listed on 2023-07-24, two links apart at most in Sadio Camara's view.</summary>
    private static readonly string[] Officials = ["sadio-camara", "alou-boi-diarra", "adama-bagayoko"];

    private const string View = "/entities/sadio-camara/network#hops=2";

    private readonly GraphApp _app = new();
    private Chromium? _chromium;

    public async Task InitializeAsync() => _chromium = await Chromium.LaunchAsync();

    private Task<(NetworkView View, PageWatch Watch)> OpenAsync(string path) => NetworkView.OpenWatchedAsync(_chromium!.Browser, _app.BaseAddress, path);

    /// <summary>The range input's value for a day: days since 2020-01-01.</summary>
    private static string SliderValue(string day) => (DateOnly.Parse(day).DayNumber - new DateOnly(2020, 1, 1).DayNumber).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The ids of the entities and relationships the service answers for Sadio Camara's view on a day.</summary>
    private async Task<(string[] Entities, string[] Relationships)> NeighbourhoodOnAsync(string day)
    {
        using var client = _app.Client();
        var data = await client.Data(
            "query($asOf: Date) { neighbourhood(id: \"sadio-camara\", hops: 2, limit: 150, asOf: $asOf) { entities { id } relationships { id } } }",
            new { asOf = day });
        return ([.. data["neighbourhood"]!["entities"].Strings("id").Order(StringComparer.Ordinal)],
            [.. data["neighbourhood"]!["relationships"].Strings("id").Order(StringComparer.Ordinal)]);
    }

    private async Task AssertOfficialsMarkedAsync(NetworkView view, bool marked)
    {
        foreach (var official in Officials)
        {
            Assert.True(await view.HasNodeAsync(official), $"{official} is not drawn");
            Assert.Equal(marked, await view.IsSanctionedAsync(official));
            var label = await view.LabelAsync(official);
            if (marked) Assert.Contains("Sanctioned: OFAC", label, StringComparison.Ordinal);
            else Assert.DoesNotContain("Sanctioned", label, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_slider_on_2023_07_23_takes_the_officials_OFAC_marks_away_2023_07_24_brings_them_back_and_the_address_keeps_the_day()
    {
        var (view, watch) = await OpenAsync(View);
        await Assertions.Expect(view.DayInput).ToHaveValueAsync("");
        await AssertOfficialsMarkedAsync(view, marked: true);

        // The range input, as a person sets it: its value moves and it fires input and change.
        await view.DaySlider.FillAsync(SliderValue("2023-07-23"));
        await view.WaitForAsync("!networkGraph.getElementById('sadio-camara').hasClass('sanctioned')");
        await Assertions.Expect(view.DayInput).ToHaveValueAsync("2023-07-23");
        await AssertOfficialsMarkedAsync(view, marked: false);
        Assert.Contains("asOf=2023-07-23", view.Page.Url, StringComparison.Ordinal);
        await Assertions.Expect(view.Page.Locator("#network-status")).ToContainTextAsync("as of 2023-07-23");
        await view.Page.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("network-as-of-2023-07-23") });

        // The date input, typed into.
        await view.DayInput.FillAsync("2023-07-24");
        await view.WaitForAsync("networkGraph.getElementById('sadio-camara').hasClass('sanctioned')");
        await AssertOfficialsMarkedAsync(view, marked: true);
        Assert.Equal(SliderValue("2023-07-24"), await view.DaySlider.InputValueAsync());
        Assert.Contains("asOf=2023-07-24", view.Page.Url, StringComparison.Ordinal);
        await view.Page.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("network-as-of-2023-07-24") });

        // A reload of each address draws its day again.
        await view.Page.ReloadAsync();
        await view.WaitUntilReadyAsync();
        await Assertions.Expect(view.DayInput).ToHaveValueAsync("2023-07-24");
        await AssertOfficialsMarkedAsync(view, marked: true);
        await view.Page.GotoAsync(view.Page.Url.Replace("asOf=2023-07-24", "asOf=2023-07-23", StringComparison.Ordinal));
        await view.Page.ReloadAsync();
        await view.WaitUntilReadyAsync();
        await Assertions.Expect(view.DayInput).ToHaveValueAsync("2023-07-23");
        await AssertOfficialsMarkedAsync(view, marked: false);

        // Any time again: no asOf in the address, the marks back.
        await view.Page.GetByRole(AriaRole.Button, new() { Name = "Any time" }).ClickAsync();
        await view.WaitForAsync("networkGraph.getElementById('sadio-camara').hasClass('sanctioned')");
        await Assertions.Expect(view.DayInput).ToHaveValueAsync("");
        Assert.DoesNotContain("asOf=", view.Page.Url, StringComparison.Ordinal);
        await watch.AssertNothingWentWrongAsync();
    }

    [Fact]
    public async Task On_a_day_before_2021_the_view_draws_exactly_what_the_service_answers_for_it_and_drops_the_ties_that_began_later()
    {
        var (view, watch) = await OpenAsync(View);
        var anyTime = await view.EdgeIdsAsync();
        var anyTimeNodes = await view.NodeIdsAsync();
        Assert.Contains("sadio-camara-associate-wagner-group", anyTime);

        await view.DayInput.FillAsync("2020-06-01");
        await view.WaitForAsync("location.hash.includes('asOf=2020-06-01') && networkGraph.edges().every(e => e.data('relationship') !== 'sadio-camara-associate-wagner-group')");

        var (entities, relationships) = await NeighbourhoodOnAsync("2020-06-01");
        Assert.Equal(entities, await view.NodeIdsAsync());
        Assert.Equal(relationships, await view.EdgeIdsAsync());
        Assert.True(relationships.Length < anyTime.Length, $"{relationships.Length} relationships on 2020-06-01, {anyTime.Length} at any time");
        Assert.True(entities.Length < anyTimeNodes.Length, $"{entities.Length} entities reached on 2020-06-01, {anyTimeNodes.Length} at any time");
        Assert.Contains("sadio-camara", entities);
        await AssertOfficialsMarkedAsync(view, marked: false);
        await watch.AssertNothingWentWrongAsync();
    }

    [Fact]
    public async Task Play_from_2023_06_01_steps_the_day_past_2023_07_24_and_the_marks_appear_then_Pause_stops_it()
    {
        var (view, watch) = await OpenAsync($"{View}&asOf=2023-06-01");
        await Assertions.Expect(view.DayInput).ToHaveValueAsync("2023-06-01");
        await AssertOfficialsMarkedAsync(view, marked: false);

        await view.Page.GetByRole(AriaRole.Button, new() { Name = "Play" }).ClickAsync();
        await view.Page.WaitForFunctionAsync("() => networkGraph.getElementById('sadio-camara').hasClass('sanctioned')");
        await view.Page.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();
        await view.WaitForAsync("true");

        var day = await view.DayInput.InputValueAsync();
        Assert.True(string.CompareOrdinal(day, "2023-07-24") > 0, $"The marks appeared on {day}");
        Assert.Contains($"asOf={day}", view.Page.Url, StringComparison.Ordinal);
        await AssertOfficialsMarkedAsync(view, marked: true);
        await Assertions.Expect(view.Page.GetByRole(AriaRole.Button, new() { Name = "Play" })).ToHaveAttributeAsync("aria-pressed", "false");
        await Task.Delay(1500);
        Assert.Equal(day, await view.DayInput.InputValueAsync());
        await watch.AssertNothingWentWrongAsync();
    }

    [Fact]
    public async Task The_card_shows_the_sanctions_in_force_on_the_day()
    {
        var (view, watch) = await OpenAsync("/entities/sadio-camara/network#asOf=2023-07-23&focus=sadio-camara");
        var card = view.Page.Locator("#card");
        await Assertions.Expect(card.Locator("h2")).ToHaveTextAsync("Sadio Camara");
        await Assertions.Expect(card).ToContainTextAsync("No sanction in force on 2023-07-23.");

        await view.DayInput.FillAsync("2023-07-24");
        await Assertions.Expect(card).ToContainTextAsync("In force on 2023-07-24: Office of Foreign Assets Control (OFAC) (listed 2023-07-24)");
        await view.WaitForAsync("true");
        await watch.AssertNothingWentWrongAsync();
    }

    [Fact]
    public async Task An_answer_for_an_earlier_day_that_arrives_late_never_overwrites_the_later_day()
    {
        var (view, watch) = await OpenAsync(View);
        // Every read for 2023-07-23 is held back two seconds: the analyst has moved on to 2023-07-24 meanwhile.
        await view.Page.RouteAsync("**/graphql", async route =>
        {
            if ((route.Request.PostData ?? "").Contains("2023-07-23", StringComparison.Ordinal)) await Task.Delay(2000);
            await route.ContinueAsync();
        });

        await view.DayInput.FillAsync("2023-07-23");
        await view.DayInput.FillAsync("2023-07-24");
        await view.WaitForAsync("location.hash.includes('asOf=2023-07-24')");
        await Task.Delay(500);
        await view.WaitForAsync("true");

        await Assertions.Expect(view.DayInput).ToHaveValueAsync("2023-07-24");
        await AssertOfficialsMarkedAsync(view, marked: true);
        await Assertions.Expect(view.Page.Locator("#network-status")).ToContainTextAsync("as of 2023-07-24");
        await watch.AssertNothingWentWrongAsync();
    }

    [Fact]
    public async Task Dragging_the_slider_draws_the_day_it_rests_on_and_reads_once_not_at_every_step()
    {
        var (view, watch) = await OpenAsync(View);
        var reads = 0;
        view.Page.Request += (_, request) =>
        {
            if (request.Url.EndsWith("/graphql", StringComparison.Ordinal) && (request.PostData ?? "").Contains("NetworkNeighbourhood", StringComparison.Ordinal)) Interlocked.Increment(ref reads);
        };
        var box = (await view.DaySlider.BoundingBoxAsync())!;
        var y = box.Y + box.Height / 2;

        // From the right end (any time) to about the middle of the span, in thirty small moves.
        await view.Page.Mouse.MoveAsync(box.X + box.Width - 4, y);
        await view.Page.Mouse.DownAsync();
        await view.Page.Mouse.MoveAsync(box.X + box.Width / 2, y, new() { Steps = 30 });
        await view.Page.Mouse.UpAsync();
        var day = await view.DayInput.InputValueAsync();
        Assert.Matches(@"^202[0-4]-\d\d-\d\d$", day);
        await view.WaitForAsync($"location.hash.includes('asOf={day}')");

        Assert.InRange(reads, 1, 3);
        Assert.Equal(SliderValue(day), await view.DaySlider.InputValueAsync());
        await Assertions.Expect(view.Page.Locator("#network-status")).ToContainTextAsync($"as of {day}");
        await watch.AssertNothingWentWrongAsync();
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        _app.Dispose();
    }
}
