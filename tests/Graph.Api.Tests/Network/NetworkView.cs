using Graph.Api.Tests.Playground;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Network;

/// <summary>
/// The network page open in a browser, read through the graph the page draws (<c>window.networkGraph</c>, its
/// Cytoscape instance) and driven as an analyst drives it: clicks on the canvas at a node's drawn position, and the
/// card's and the table's buttons.
/// </summary>
internal sealed class NetworkView(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>The viewport every network test draws in.</summary>
    public static readonly BrowserNewPageOptions Viewport = new() { ViewportSize = new() { Width = 1400, Height = 900 } };

    /// <summary>A new page of the browser, watched for console errors and failed requests, open on the service's path.</summary>
    public static async Task<(NetworkView View, PageWatch Watch)> OpenWatchedAsync(IBrowser browser, Uri service, string path)
    {
        var page = await browser.NewPageAsync(Viewport);
        var watch = await PageWatch.StartAsync(page);
        return (await OpenAsync(page, new Uri(service, path).ToString()), watch);
    }

    /// <summary>Opens the address and waits until the first drawing has settled its layout.</summary>
    public static async Task<NetworkView> OpenAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        var view = new NetworkView(page);
        await view.WaitUntilReadyAsync();
        return view;
    }

    public Task WaitUntilReadyAsync() =>
        Page.WaitForFunctionAsync("() => document.getElementById('network')?.dataset.status === 'ready' && document.getElementById('network').dataset.drawnAt");

    /// <summary>Waits until a step the analyst started has finished: <paramref name="condition"/> holds and the view is not busy.</summary>
    public Task WaitForAsync(string condition) =>
        Page.WaitForFunctionAsync($"() => document.getElementById('network').dataset.status === 'ready' && ({condition})");

    public Task<string[]> NodeIdsAsync() => Page.EvaluateAsync<string[]>("() => networkGraph.nodes().map(n => n.id()).sort()");

    public Task<bool> HasNodeAsync(string id) => Page.EvaluateAsync<bool>("id => networkGraph.getElementById(id).nonempty()", id);

    public Task<string> LabelAsync(string id) => Page.EvaluateAsync<string>("id => networkGraph.getElementById(id).data('label')", id);

    public Task<bool> IsSanctionedAsync(string id) => Page.EvaluateAsync<bool>("id => networkGraph.getElementById(id).hasClass('sanctioned')", id);

    public Task<string[]> EdgeIdsAsync() => Page.EvaluateAsync<string[]>("() => networkGraph.edges().map(e => e.data('relationship')).sort()");

    /// <summary>The time slider's date input, which shows the day drawn (empty for any time).</summary>
    public ILocator DayInput => Page.GetByLabel("Day", new() { Exact = true });

    /// <summary>The time slider's range input, one step a day from 2020-01-01.</summary>
    public ILocator DaySlider => Page.GetByRole(AriaRole.Slider, new() { Name = "Day, from 2020 to 2024" });

    /// <summary>The Discover panel an expansion opens.</summary>
    public ILocator Discover => Page.Locator("#discover");

    public Task<string[]> OnPathAsync() => Page.EvaluateAsync<string[]>("() => networkGraph.elements('.on-path').map(e => e.id()).sort()");

    /// <summary>Clicks the node where the canvas draws it, holding shift when asked.</summary>
    public async Task ClickNodeAsync(string id, bool shift = false)
    {
        var box = await Page.Locator("#graph").BoundingBoxAsync() ?? throw new InvalidOperationException("The graph is not drawn.");
        var at = await Page.EvaluateAsync<double[]>("id => { const p = networkGraph.getElementById(id).renderedPosition(); return [p.x, p.y]; }", id);
        if (shift) await Page.Keyboard.DownAsync("Shift");
        await Page.Mouse.ClickAsync((float)(box.X + at[0]), (float)(box.Y + at[1]));
        if (shift) await Page.Keyboard.UpAsync("Shift");
    }

    /// <summary>Puts the node in the middle of the canvas at a readable zoom, so that no other node covers it when clicked.</summary>
    public Task CentreOnAsync(string id) =>
        Page.EvaluateAsync("id => { networkGraph.zoom(1.5); networkGraph.center(networkGraph.getElementById(id)); }", id);
}
