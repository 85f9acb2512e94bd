using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Infrastructure;

/// <summary>
/// A page with alert, confirm and prompt replaced by recorders before any of its scripts run, and the browser's own
/// dialogs caught too: what a hostile name would make run, seen either way.
/// </summary>
public sealed class TrappedDialogs
{
    private const string TrapScript = """
        window.__ran = [];
        for (const name of ['alert', 'confirm', 'prompt']) window[name] = (...args) => { window.__ran.push(`${name}(${args.join(',')})`); };
        """;

    private readonly IPage _page;
    private readonly ConcurrentBag<string> _dialogs = [];

    private TrappedDialogs(IPage page) => _page = page;

    /// <summary>Traps the dialogs of every document the page loads from now on.</summary>
    public static async Task<TrappedDialogs> OnAsync(IPage page)
    {
        var trapped = new TrappedDialogs(page);
        page.Dialog += (_, dialog) => { trapped._dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };
        await page.AddInitScriptAsync(TrapScript);
        return trapped;
    }

    /// <summary>Fails unless nothing called a trapped function and no dialog opened.</summary>
    public async Task AssertNothingRanAsync()
    {
        Assert.Empty(await _page.EvaluateAsync<string[]>("() => window.__ran"));
        Assert.Empty(_dialogs);
    }
}
