using System.Net;
using System.Net.Sockets;

namespace Graph.Cli.Tests;

/// <summary>
/// `graph migrate --to neo4j` as a user runs it. Copying itself is tested store to store in Graph.Export.Tests
/// (StoreCopyTests); here, what the command says when the target cannot be used.
/// </summary>
public sealed class MigrateCommandTests : IDisposable
{
    private readonly GraphCli _cli = new();

    [Fact]
    public async Task Migrating_into_an_unknown_provider_is_refused()
    {
        var (exitCode, output, errors) = await _cli.RunAsync("migrate", "--to", "mysql", "--store", _cli.StorePath);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--to is 'mysql'", output + errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrating_without_a_store_file_names_the_missing_file()
    {
        var (exitCode, _, errors) = await _cli.RunAsync("migrate", "--to", "neo4j", "--store", _cli.StorePath, "--uri", "http://127.0.0.1:7474");

        Assert.Equal(1, exitCode);
        Assert.Contains($"There is no store file at {_cli.StorePath}", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrating_without_a_neo4j_address_names_the_setting()
    {
        await SeedAsync();

        var (exitCode, _, errors) = await _cli.RunAsync("migrate", "--to", "neo4j", "--store", _cli.StorePath);

        Assert.Equal(1, exitCode);
        Assert.Contains("Store:Neo4j:Uri", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrating_into_a_server_that_does_not_answer_says_where_it_looked_and_keeps_the_password_out()
    {
        await SeedAsync();
        var address = $"http://127.0.0.1:{ClosedPort()}";

        var (exitCode, _, errors) = await _cli.RunAsync(
            new Dictionary<string, string> { ["Store__Neo4j__Password"] = "hunter2-secret" },
            "migrate", "--to", "neo4j", "--store", _cli.StorePath, "--uri", address);

        Assert.Equal(1, exitCode);
        Assert.Contains($"Neo4j at {address}", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", errors, StringComparison.Ordinal);
    }

    private async Task SeedAsync()
    {
        var (exitCode, output, errors) = await _cli.RunAsync("import", GraphCli.Fixture("seed-data"), "--format", "seed", "--store", _cli.StorePath);
        Assert.True(exitCode == 0, output + errors);
    }

    /// <summary>A local port nothing listens on: bound, read, then released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => _cli.Dispose();
}
