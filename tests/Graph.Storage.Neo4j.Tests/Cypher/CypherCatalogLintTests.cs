using System.Text.RegularExpressions;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Storage.Neo4j.Tests.Cypher;

/// <summary>
/// Every statement the adapter can issue passes Neo4j's own Cypher linter without a single diagnostic; and the linter
/// does catch mistakes. lint.mjs fails on errors and deprecations; <c>strict</c> fails on every other warning too
/// (a cartesian product, say), which the catalog has none of.
/// </summary>
public sealed partial class CypherCatalogLintTests
{
    [Fact]
    public async Task Every_statement_of_the_catalog_lints_without_errors_or_warnings()
    {
        Assert.True(CypherCatalog.All.Count > 0, "CypherCatalog.All is empty: the adapter's statements are not listed yet, so nothing is linted.");

        var result = await CypherLinter.LintAsync(CypherCatalog.All.Select(s =>
            new LintedStatement(s.Name, s.Text, s.Parameters.ToDictionary(p => p, object? (_) => "placeholder"))), strict: true);

        Assert.True(result.ExitCode == 0, result.Output);
    }

    [Fact]
    public void Every_declared_parameter_of_the_catalog_is_used_by_its_statement()
    {
        // The linter reports parameters used but not declared; this is the other way round.
        var unused = CypherCatalog.All
            .SelectMany(s => s.Parameters.Where(p => !ParameterNames(s.Text).Contains(p)).Select(p => $"{s.Name}: ${p}"))
            .ToList();

        Assert.True(unused.Count == 0, "Declared but not used: " + string.Join(", ", unused));
    }

    [Theory]
    [InlineData("MATCH (n:Entity {id: $id}) RETURN m", "Variable `m` not defined")]
    [InlineData("MATCH (n:Entity {id: $id} RETURN n", "Invalid input")]
    [InlineData("MATCH (n:Entity {id: $id, name: $name}) RETURN n", "Parameter $name is not defined")]
    [InlineData("MATCH (n:Entity {id: $id}) RETURN n.name = 'unterminated", "string literal")]
    [InlineData("MATCH (n:Entity) WHERE id(n) = $id RETURN n", "deprecated")]
    public async Task A_broken_statement_fails_the_lint(string query, string message)
    {
        var result = await CypherLinter.LintAsync([new LintedStatement("broken", query, new Dictionary<string, object?> { ["id"] = "placeholder" })]);

        Assert.True(result.ExitCode == 1, result.Output);
        Assert.Contains(message, result.Output, StringComparison.Ordinal);
        Assert.Contains("broken:1:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_warning_is_printed_and_fails_only_a_strict_lint()
    {
        var statement = new LintedStatement("cartesian", "MATCH (a:Entity), (b:Entity) RETURN a, b", new Dictionary<string, object?>());

        var lenient = await CypherLinter.LintAsync([statement]);
        var strict = await CypherLinter.LintAsync([statement], strict: true);

        Assert.True(lenient.ExitCode == 0, lenient.Output);
        Assert.Contains("cartesian:1:1 (offset 0): warning: ", lenient.Output, StringComparison.Ordinal);
        Assert.True(strict.ExitCode == 1, strict.Output);
    }

    [Fact]
    public async Task A_sound_statement_passes_the_lint()
    {
        var result = await CypherLinter.LintAsync([new LintedStatement("sound", "MATCH (n:Entity {id: $id}) RETURN n.name AS name",
            new Dictionary<string, object?> { ["id"] = "placeholder" })]);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("1 statement(s), 0 error(s)", result.Output, StringComparison.Ordinal);
    }

    private static HashSet<string> ParameterNames(string text) =>
        [.. Parameter().Matches(text).Select(m => m.Groups["plain"].Success ? m.Groups["plain"].Value : m.Groups["quoted"].Value.Replace("``", "`", StringComparison.Ordinal))];

    [GeneratedRegex(@"\$(?:(?<plain>\w+)|`(?<quoted>(?:[^`]|``)*)`)")]
    private static partial Regex Parameter();
}
