using System.Diagnostics;
using Graph.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Graph.Api.Tests.Network;

/// <summary>
/// Issue 11's figure: a 500-node view (the hub graph's neighbourhood: the hub, its 131 neighbours and their leaves)
/// renders and settles its layout in headless Chromium. The times are printed to the test output, not asserted on.
/// </summary>
public sealed class NetworkLayoutMeasurement(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly HubGraphApp _hub = new();
    private Chromium? _chromium;

    public async Task InitializeAsync()
    {
        await _hub.InitializeAsync();
        _chromium = await Chromium.LaunchAsync();
    }

    [Fact]
    public async Task A_500_node_view_renders_and_settles_its_layout_and_the_time_is_printed()
    {
        var page = await _chromium!.Browser.NewPageAsync(NetworkView.Viewport);
        var url = new Uri(_hub.App.BaseAddress, $"/entities/{HubGraph.HubId}/network#hops=2&limit=500").ToString();
        // The first visit warms the service and the browser's cache; the second is measured.
        await NetworkView.OpenAsync(page, url);
        var clock = Stopwatch.StartNew();
        await page.ReloadAsync();
        var view = new NetworkView(page);
        await view.WaitUntilReadyAsync();
        clock.Stop();

        var nodes = await page.EvaluateAsync<int>("() => networkGraph.nodes().length");
        var edges = await page.EvaluateAsync<int>("() => networkGraph.edges().length");
        var layoutMs = await page.EvaluateAsync<string>("() => document.getElementById('network').dataset.layoutMs");
        var drawnAt = await page.EvaluateAsync<string>("() => document.getElementById('network').dataset.drawnAt");
        Assert.Equal(500, nodes);
        output.WriteLine($"500-node view: {nodes} nodes, {edges} edges; layout settled in {layoutMs} ms; drawn {drawnAt} ms after navigation start; reload to settled {clock.ElapsedMilliseconds} ms (headless Chromium, this machine).");
        await page.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("network-500-nodes") });
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        await _hub.DisposeAsync();
    }
}
