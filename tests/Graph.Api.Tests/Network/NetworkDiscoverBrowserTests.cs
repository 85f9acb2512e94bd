using System.Text.Json.Nodes;
using Graph.Api.Tests.Infrastructure;
using Graph.Api.Tests.Playground;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Network;

/// <summary>
/// Discover before expanding, on the seed: Expand on Wagner's card first shows its relationships counted per type
/// and direction and its sanctioned neighbours, as the graph has them; picking a type adds exactly that type's
/// neighbours, and the address replays the pick.
/// </summary>
public sealed class NetworkDiscoverBrowserTests : IAsyncLifetime
{
    private const string Wagner = "wagner-group";

    private readonly GraphApp _app = new();
    private Chromium? _chromium;

    public async Task InitializeAsync() => _chromium = await Chromium.LaunchAsync();

    private Task<(NetworkView View, PageWatch Watch)> OpenAsync(string path) => NetworkView.OpenWatchedAsync(_chromium!.Browser, _app.BaseAddress, path);

    /// <summary>Wagner's relationships as the graph has them, each with its other end and whether that end is sanctioned.</summary>
    private async Task<List<(string Type, string Direction, string Other, bool Sanctioned)>> WagnersTiesAsync()
    {
        using var client = _app.Client();
        var data = await client.Data(
            "{ entity(id: \"wagner-group\") { relationships { type from { id sanctions { id } } to { id sanctions { id } } } } }");
        return [.. data["entity"]!["relationships"]!.AsArray().Select(r =>
        {
            var outgoing = r!["from"]!["id"]!.GetValue<string>() == Wagner;
            var other = r[outgoing ? "to" : "from"]!;
            return (r["type"]!.GetValue<string>(), outgoing ? "OUTGOING" : "INCOMING", other["id"]!.GetValue<string>(), other["sanctions"]!.AsArray().Count > 0);
        })];
    }

    private static Task<string[]> DiscoverRowsAsync(NetworkView view) => view.Page.EvaluateAsync<string[]>(
        "() => [...document.querySelectorAll('#discover tbody tr')].map(r => `${r.dataset.type} ${r.dataset.direction} ${r.querySelector('.count').textContent}`).sort()");

    [Fact]
    public async Task Expand_on_Wagner_first_shows_its_counts_per_type_and_direction_then_support_adds_exactly_its_support_neighbours()
    {
        var ties = await WagnersTiesAsync();
        var (view, watch) = await OpenAsync("/entities/sadio-camara/network#focus=wagner-group");
        await Assertions.Expect(view.Page.Locator("#card h2")).ToHaveTextAsync("Wagner Group");
        var before = await view.NodeIdsAsync();

        await view.Page.Locator("#card").GetByRole(AriaRole.Button, new() { Name = "Expand" }).ClickAsync();
        await Assertions.Expect(view.Discover.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("Discover: Wagner Group");

        var expected = ties.GroupBy(t => (t.Type, t.Direction)).Select(g => $"{g.Key.Type} {g.Key.Direction} {g.Count()}").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, await DiscoverRowsAsync(view));
        var neighbours = ties.Select(t => t.Other).Distinct().Count();
        var sanctioned = ties.Where(t => t.Sanctioned).Select(t => t.Other).Distinct().Count();
        Assert.True(sanctioned >= 3, $"{sanctioned} sanctioned neighbours of Wagner in the seed");
        await Assertions.Expect(view.Discover.Locator(".discover-summary")).ToHaveTextAsync($"{neighbours} neighbours, {sanctioned} of them sanctioned.");
        Assert.Equal(before, await view.NodeIdsAsync());
        await view.Page.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("network-discover-wagner") });

        var supportCount = ties.Count(t => t.Type == "support");
        await view.Discover.GetByRole(AriaRole.Button, new() { Name = $"Add support ({supportCount})" }).ClickAsync();
        await view.WaitForAsync("location.hash.includes('expand.support=wagner-group')");

        var supportNeighbours = ties.Where(t => t.Type == "support").Select(t => t.Other);
        Assert.Equal(before.Union(supportNeighbours).Order(StringComparer.Ordinal), await view.NodeIdsAsync());
        Assert.DoesNotContain("ivan-maslov", await view.NodeIdsAsync());
        await Assertions.Expect(view.Discover.Locator(".discover-page")).ToContainTextAsync("that is all of them");
        await Assertions.Expect(view.Page.Locator("#network-status")).ToContainTextAsync("Expanded Wagner Group");
        var drawn = await view.NodeIdsAsync();

        await view.Page.ReloadAsync();
        await view.WaitUntilReadyAsync();
        Assert.Equal(drawn, await view.NodeIdsAsync());
        await watch.AssertNothingWentWrongAsync();
    }

    [Fact]
    public async Task Discover_on_a_day_counts_what_holds_that_day()
    {
        using var client = _app.Client();
        var summary = await client.Data(
            "{ relationshipSummary(id: \"wagner-group\", asOf: \"2020-06-01\") { neighbours sanctionedNeighbours groups { type direction count } } }");
        var (view, watch) = await OpenAsync("/entities/sadio-camara/network#asOf=2020-06-01&focus=wagner-group");
        await Assertions.Expect(view.Page.Locator("#card h2")).ToHaveTextAsync("Wagner Group");

        await view.Page.Locator("#card").GetByRole(AriaRole.Button, new() { Name = "Expand" }).ClickAsync();
        await Assertions.Expect(view.Discover.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("Discover: Wagner Group");

        var expected = summary["relationshipSummary"]!["groups"]!.AsArray()
            .Select(g => $"{g!["type"]} {g["direction"]} {g["count"]}").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, await DiscoverRowsAsync(view));
        // The ties that began in 2021 (Wagner in Mali, its support of the junta and the armed forces) are not counted.
        var anyTime = (await WagnersTiesAsync()).GroupBy(t => (t.Type, t.Direction)).Select(g => $"{g.Key.Type} {g.Key.Direction} {g.Count()}").Order(StringComparer.Ordinal);
        Assert.NotEmpty(expected);
        Assert.NotEqual(anyTime, expected);
        await Assertions.Expect(view.Discover.Locator(".discover-summary")).ToContainTextAsync($"{summary["relationshipSummary"]!["neighbours"]} neighbours");
        await Assertions.Expect(view.Discover.Locator(".discover-summary")).ToContainTextAsync("on 2020-06-01");
        await watch.AssertNothingWentWrongAsync();
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        _app.Dispose();
    }
}
