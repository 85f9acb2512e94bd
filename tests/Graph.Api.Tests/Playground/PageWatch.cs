using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Playground;

/// <summary>
/// Records what goes wrong on a browser page: failed requests, error responses, console errors, uncaught script
/// errors and Content-Security-Policy violations (a `securitypolicyviolation` listener, installed before any of the
/// page's own scripts; browser tooling's init scripts are not subject to the page's policy).
/// </summary>
public sealed class PageWatch
{
    private const string ListenForViolations = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
          `${e.effectiveDirective} refused ${e.blockedURI || 'an inline'} in ${e.sourceFile || 'the page'}:${e.lineNumber} ${e.sample}`));
        """;

    private readonly IPage _page;
    private readonly ConcurrentQueue<string> _problems = new();

    private PageWatch(IPage page)
    {
        _page = page;
        page.RequestFailed += (_, request) => _problems.Enqueue($"request failed: {request.Method} {request.Url} ({request.Failure})");
        page.Response += (_, response) => { if (response.Status >= 400) _problems.Enqueue($"HTTP {response.Status}: {response.Request.Method} {response.Url}"); };
        page.Console += (_, message) => { if (message.Type is "error" or "warning") _problems.Enqueue($"console {message.Type}: {message.Text}"); };
        page.PageError += (_, error) => _problems.Enqueue($"script error: {error}");
    }

    /// <summary>Starts watching a page before it navigates anywhere.</summary>
    public static async Task<PageWatch> StartAsync(IPage page)
    {
        var watch = new PageWatch(page);
        await page.AddInitScriptAsync(ListenForViolations);
        return watch;
    }

    /// <summary>Fails, naming each problem in full, unless the page did all it did cleanly.</summary>
    public async Task AssertNothingWentWrongAsync()
    {
        var violations = await _page.EvaluateAsync<string[]?>("() => window.__cspViolations ?? null")
            ?? ["the securitypolicyviolation listener was not installed"];
        string[] problems = [.. _problems, .. violations.Select(v => $"CSP violation: {v}")];
        Assert.True(problems.Length == 0, $"The page had {problems.Length} problem(s):\n{string.Join('\n', problems)}");
    }
}
