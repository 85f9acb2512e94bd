using System.Diagnostics;

namespace Graph.Api.Tests.GraphQL;

/// <summary>
/// A limit that would switch a bound off stops the service at start, saying which key and why. The real service runs
/// in a process of its own, as an operator starts it: a failed start inside WebApplicationFactory races with the
/// factory's own disposal and may surface as an unrelated ObjectDisposedException.
/// </summary>
public sealed class LimitsValidationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graph-limits-").FullName;

    [Theory]
    [InlineData("Limits:ExecutionTimeoutSeconds", "0")]
    [InlineData("Limits:MaxCost", "-1")]
    [InlineData("Limits:MaxResponseObjects", "0")]
    [InlineData("Limits:DocumentCacheBytes", "0")]
    public async Task A_limit_that_switches_a_bound_off_is_refused_at_start(string key, string value)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _folder };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Graph.Api.dll"));
        start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        start.Environment["Store__Path"] = Path.Combine(_folder, "graph.db");
        start.Environment["Seed__Enabled"] = "false";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        await process.WaitForExitAsync(timeout.Token);

        var printed = await output + await errors;
        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains(key, printed, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
