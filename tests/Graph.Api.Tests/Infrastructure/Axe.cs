using System.Text.Json;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Infrastructure;

/// <summary>
/// axe-core (npm, tests/a11y) run inside a page. It is evaluated through the DevTools protocol, which the page's
/// Content-Security-Policy does not govern, so the policy under test stays as served.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() =>
    {
        var path = Repository.PathOf("tests", "a11y", "node_modules", "axe-core", "axe.min.js");
        Assert.True(File.Exists(path), $"{path} is missing: run `npm ci --prefix tests/a11y` (the test command does).");
        return File.ReadAllText(path);
    });

    private const string Run = """
        async within => {
          const result = await axe.run(within.length ? { include: [within] } : document, { resultTypes: ['violations'] });
          return result.violations.map(v => `${v.id} (${v.impact}): ${v.help}\n` +
            v.nodes.map(n => `  ${n.target.join(' ')}: ${n.failureSummary.replace(/\n/g, ' ')}`).join('\n'));
        }
        """;

    /// <summary>
    /// Fails, naming each violation and its elements, unless axe finds none on the page as it stands, or only within
    /// the element <paramref name="within"/> selects, e.g. an embed on a test's host page: a selector, or a shadow host's
    /// selector followed by one inside its shadow root. The element's shadow DOM is checked too.
    /// </summary>
    public static async Task AssertNoViolationsAsync(IPage page, string what, params string[] within)
    {
        await page.EvaluateAsync(Script.Value);
        var violations = await page.EvaluateAsync<JsonElement>(Run, within);
        var found = violations.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(found.Count == 0, $"axe found {found.Count} violation(s) on {what}:\n{string.Join('\n', found)}");
    }
}
