using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Graph.Cli.Tests;

/// <summary>Runs the real command line (graph.dll, built beside the tests) in its own process, over a store file of its own.</summary>
internal sealed class GraphCli : IDisposable
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "graph-tests", Guid.NewGuid().ToString("N"));

    public string StorePath => Path.Combine(Folder, "store", "graph.db");

    public GraphCli() => Directory.CreateDirectory(Folder);

    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, .. parts]);

    public Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] arguments) =>
        RunAsync(new Dictionary<string, string>(), arguments);

    /// <summary>Runs the command line with these environment variables set on top of the test's own.</summary>
    public async Task<(int ExitCode, string Output, string Errors)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        using var process = Start(environment, arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    /// <summary>The data of a query that must succeed.</summary>
    public async Task<JsonNode> QueryAsync(string document)
    {
        var (exitCode, output, errors) = await RunAsync("query", "--store", StorePath, document);
        Assert.True(exitCode == 0, $"query failed ({exitCode}): {output} {errors}");
        return JsonNode.Parse(output)!["data"]!;
    }

    public Process Start(params string[] arguments) => Start(new Dictionary<string, string>(), arguments);

    private Process Start(IReadOnlyDictionary<string, string> environment, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Folder,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "graph.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The store is the one each test names, whatever the machine's own Store__* settings say.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Store__", StringComparison.OrdinalIgnoreCase)).ToList()) start.Environment.Remove(key);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        return Process.Start(start)!;
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
