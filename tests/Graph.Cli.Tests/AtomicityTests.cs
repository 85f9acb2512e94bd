using System.Diagnostics;
using System.Text;

namespace Graph.Cli.Tests;

/// <summary>An import is one transaction: a process killed while writing leaves the store exactly as it was.</summary>
public sealed class AtomicityTests : IDisposable
{
    private readonly GraphCli _cli = new();

    [Fact]
    public async Task A_process_killed_mid_import_leaves_the_store_as_it_was()
    {
        var seeded = await _cli.RunAsync("import", GraphCli.Fixture("seed-data"), "--format", "seed", "--store", _cli.StorePath);
        Assert.Equal(0, seeded.ExitCode);
        var before = (await _cli.QueryAsync("{ statistics { entities sanctions relationships } }")).ToJsonString();
        var big = Path.Combine(_cli.Folder, "big.ftm.json");
        await WriteSyntheticFtmAsync(big, 200_000);

        await KillWhileWritingAsync(big);

        Assert.Equal(before, (await _cli.QueryAsync("{ statistics { entities sanctions relationships } }")).ToJsonString());
    }

    [Fact]
    public async Task A_process_killed_mid_import_into_an_empty_store_leaves_it_empty_and_ready_for_the_next()
    {
        // A first import into an empty file runs under a rollback journal instead of the write-ahead log.
        var big = Path.Combine(_cli.Folder, "big.ftm.json");
        await WriteSyntheticFtmAsync(big, 200_000);
        Assert.Equal(0, (await _cli.RunAsync("query", "--store", _cli.StorePath, "{ statistics { entities } }")).ExitCode);

        await KillWhileWritingAsync(big);

        Assert.Equal("""{"statistics":{"entities":0,"sanctions":0,"relationships":0}}""",
            (await _cli.QueryAsync("{ statistics { entities sanctions relationships } }")).ToJsonString());
        Assert.False(File.Exists(_cli.StorePath + "-journal"), "the journal of the killed import should have been rolled back");
        Assert.Equal(0, (await _cli.RunAsync("import", big, "--format", "ftm", "--store", _cli.StorePath)).ExitCode);
        Assert.Equal(200_000, (int)(await _cli.QueryAsync("{ statistics { entities } }"))["statistics"]!["entities"]!);
    }

    private async Task KillWhileWritingAsync(string file)
    {
        using var import = _cli.Start("import", file, "--format", "ftm", "--store", _cli.StorePath);
        var writing = await WaitForLineAsync(import.StandardError, "Writing", TimeSpan.FromMinutes(2));
        await Task.Delay(300);
        var stillRunning = !import.HasExited;
        import.Kill(entireProcessTree: true);
        await import.WaitForExitAsync();

        Assert.True(writing, "the import never reached its write phase");
        Assert.True(stillRunning, "the import finished before it could be killed; make the file bigger");
    }

    private static async Task WriteSyntheticFtmAsync(string path, int people)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = 0; i < people; i++)
        {
            await writer.WriteLineAsync($$$"""{"id":"p{{{i}}}","schema":"Person","properties":{"name":["Person Number {{{i}}}"],"nationality":["ml"]}}""");
        }
    }

    private static async Task<bool> WaitForLineAsync(StreamReader reader, string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var line = await reader.ReadLineAsync().WaitAsync(timeout);
            if (line is null) return false;
            if (line.Contains(text, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    public void Dispose() => _cli.Dispose();
}
