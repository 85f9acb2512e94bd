using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Http;

/// <summary>Store:Provider picks the store; health and readiness say which one and whether it answers.</summary>
public sealed class StoreProviderTests
{
    [Fact]
    public async Task Health_and_readiness_name_the_sqlite_file_by_its_name_alone_and_say_it_answers()
    {
        using var app = new GraphApp();
        using var client = app.Client();

        var health = JsonNode.Parse(await client.GetStringAsync("/health"))!;
        var ready = JsonNode.Parse(await client.GetStringAsync("/health/ready"))!;

        Assert.Equal("sqlite", health["store"]!["provider"]!.GetValue<string>());
        Assert.Equal(Path.GetFileName(app.DatabasePath), health["store"]!["location"]!.GetValue<string>());
        Assert.Equal(Path.GetFileName(app.DatabasePath), ready["store"]!["location"]!.GetValue<string>());
        Assert.True(health["store"]!["connected"]!.GetValue<bool>());
        Assert.StartsWith("SQLite 3.", health["store"]!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("ready", ready["status"]!.GetValue<string>());
        Assert.Equal("sqlite", ready["store"]!["provider"]!.GetValue<string>());
    }

    [Fact]
    public void An_unknown_provider_stops_the_start_naming_the_key_and_the_choices()
    {
        using var app = new GraphApp(new() { ["Store:Provider"] = "mysql" });

        var error = Assert.ThrowsAny<Exception>(() => app.Client()).GetBaseException();

        Assert.Contains("Store:Provider is 'mysql'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'neo4j'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Neo4j_without_an_address_stops_the_start_naming_the_key()
    {
        using var app = new GraphApp(new() { ["Store:Provider"] = "neo4j" });

        var error = Assert.ThrowsAny<Exception>(() => app.Client()).GetBaseException();

        Assert.Contains("Store:Neo4j:Uri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Neo4j_that_cannot_be_reached_stops_the_start_saying_where_it_looked()
    {
        var address = $"http://127.0.0.1:{ClosedPort()}";
        using var app = new GraphApp(new()
        {
            ["Store:Provider"] = "neo4j",
            ["Store:Neo4j:Uri"] = address,
            ["Store:Neo4j:Password"] = "secret",
        });

        var messages = MessagesOf(Assert.ThrowsAny<Exception>(() => app.Client()));

        Assert.Contains($"Neo4j at {address}", messages, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", messages, StringComparison.Ordinal);
    }

    /// <summary>The messages of an exception and of every exception inside it, one per line.</summary>
    private static string MessagesOf(Exception? error)
    {
        var messages = new List<string>();
        for (; error is not null; error = error.InnerException) messages.Add(error.Message);
        return string.Join('\n', messages);
    }

    /// <summary>A local port nothing listens on: bound, read, then released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
