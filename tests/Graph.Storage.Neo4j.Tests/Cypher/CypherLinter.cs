using System.Diagnostics;
using System.Text.Json;

namespace Graph.Storage.Neo4j.Tests.Cypher;

/// <summary>One statement to lint: its name in the linter's report, its text and a placeholder value for each parameter.</summary>
internal sealed record LintedStatement(string Name, string Query, IReadOnlyDictionary<string, object?> Parameters);

/// <summary>What the linter said: its exit code (0 clean, 1 failing diagnostics, 2 unreadable input) and every line it printed.</summary>
internal sealed record LintResult(int ExitCode, string Output);

/// <summary>
/// Runs tests/cypher-lint/lint.mjs, Neo4j's own Cypher language support, in a node process. The export tests
/// compile this file too (linked), so that there is one way to run the linter.
/// </summary>
internal static class CypherLinter
{
    public static string RepositoryRoot { get; } = FindRoot();

    private static string Folder => Path.Combine(RepositoryRoot, "tests", "cypher-lint");

    /// <summary>Lints each statement on its own; <paramref name="strict"/> fails on every warning, not only on deprecations.</summary>
    public static Task<LintResult> LintAsync(IEnumerable<LintedStatement> statements, bool strict = false) =>
        RunAsync(JsonSerializer.Serialize(statements.Select(s => new { name = s.Name, query = s.Query, parameters = s.Parameters })), strict);

    /// <summary>Lints a script of many statements, as cypher-shell would read it from a file.</summary>
    public static Task<LintResult> LintScriptAsync(string name, string script, bool strict = false) =>
        LintAsync([new LintedStatement(name, script, new Dictionary<string, object?>())], strict);

    private static async Task<LintResult> RunAsync(string json, bool strict)
    {
        Assert.True(Directory.Exists(Path.Combine(Folder, "node_modules", "@neo4j-cypher", "language-support")),
            "The Cypher linter is not installed: run `npm ci --prefix tests/cypher-lint` (test.sh does).");
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Folder,
            StandardInputEncoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add("lint.mjs");
        if (strict) start.ArgumentList.Add("--strict");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(json);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new LintResult(process.ExitCode, await output + await errors);
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Graph.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"No Graph.sln above {AppContext.BaseDirectory}.");
    }
}
