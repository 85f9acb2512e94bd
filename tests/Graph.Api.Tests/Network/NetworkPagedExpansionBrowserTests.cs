using Graph.Api.Tests.Infrastructure;
using Graph.Api.Tests.Playground;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Network;

/// <summary>
/// A hub's expansion is paged, never frozen: the hub graph's hub has 131 members; Discover counts them, the first
/// pick adds one page of 40, "Next 40" adds the next page and no entity twice, and the address replays both pages.
/// </summary>
public sealed class NetworkPagedExpansionBrowserTests : IAsyncLifetime
{
    private readonly HubGraphApp _hub = new();
    private Chromium? _chromium;

    public async Task InitializeAsync()
    {
        await _hub.InitializeAsync();
        _chromium = await Chromium.LaunchAsync();
    }

    /// <summary>One page of the hub's members as the service answers it, and the cursor after it.</summary>
    private async Task<(string[] Ids, string Cursor)> MembersPageAsync(string? after)
    {
        using var client = _hub.Client();
        var data = await client.Data(
            "query($after: String) { neighbourhood(id: \"hub\", hops: 1, types: [\"membership\"], limit: 40, after: $after) { truncated endCursor entities { id } } }",
            new { after });
        var page = data["neighbourhood"]!;
        Assert.True(page["truncated"]!.GetValue<bool>());
        return ([.. page["entities"].Strings("id")], page["endCursor"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_hubs_131_members_come_40_at_a_time_and_Next_adds_the_next_page_without_repeats()
    {
        var (first, cursor) = await MembersPageAsync(null);
        var (second, _) = await MembersPageAsync(cursor);
        Assert.Empty(first.Intersect(second));

        var page = await _chromium!.Browser.NewPageAsync(NetworkView.Viewport);
        var watch = await PageWatch.StartAsync(page);
        var view = await NetworkView.OpenAsync(page, new Uri(_hub.App.BaseAddress, $"/entities/{HubGraph.HubId}/network#hops=0&view=table").ToString());
        Assert.Equal([HubGraph.HubId], await view.NodeIdsAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = $"Expand: {HubGraph.HubName}" }).ClickAsync();
        await Assertions.Expect(view.Discover.Locator("tbody tr[data-type='membership'][data-direction='INCOMING'] .count")).ToHaveTextAsync($"{HubGraph.HubDegree}");
        await Assertions.Expect(view.Discover.Locator(".discover-summary")).ToHaveTextAsync($"{HubGraph.HubDegree} neighbours, 0 of them sanctioned.");

        await view.Discover.GetByRole(AriaRole.Button, new() { Name = $"Add membership ({HubGraph.HubDegree})" }).ClickAsync();
        await view.WaitForAsync("networkGraph.nodes().length > 1");
        Assert.Equal(first.Append(HubGraph.HubId).Distinct().Order(StringComparer.Ordinal), await view.NodeIdsAsync());
        var next = view.Discover.GetByRole(AriaRole.Button, new() { Name = "Next 40" });
        await Assertions.Expect(next).ToBeVisibleAsync();

        var firstCount = (await view.NodeIdsAsync()).Length;
        await next.ClickAsync();
        await view.WaitForAsync($"networkGraph.nodes().length > {firstCount}");
        var drawn = await view.NodeIdsAsync();
        Assert.Equal(first.Concat(second).Append(HubGraph.HubId).Distinct().Order(StringComparer.Ordinal), drawn);
        Assert.Equal(drawn.Length, drawn.Distinct().Count());
        Assert.Equal(2, page.Url.Split("expand.membership=hub").Length - 1);
        await Assertions.Expect(view.Discover.GetByRole(AriaRole.Button, new() { Name = "Next 40" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("network-paged-expansion"), FullPage = true });

        await page.ReloadAsync();
        await view.WaitUntilReadyAsync();
        Assert.Equal(drawn, await view.NodeIdsAsync());
        await watch.AssertNothingWentWrongAsync();
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        await _hub.DisposeAsync();
    }
}
