using Graph.Domain.Store;
using Graph.Storage.Contract;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Http;

namespace Graph.Storage.Neo4j.Tests.Contract;

/// <summary>
/// The store contract, run against the Neo4j server NEO4J_URI names (with NEO4J_USER, NEO4J_PASSWORD and
/// NEO4J_DATABASE). Each test empties the database first, so point it at a database you can lose.
/// </summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class Neo4jGraphStoreContractTests : GraphStoreContract
{
    public const string SkipReason =
        "NEO4J_URI is not set: the Neo4j contract suite needs a running Neo4j 5.25+ (see README: docker compose up neo4j)";

    private static readonly CypherStatement DeleteEverything = new("Tests.DeleteEverything", "MATCH (n) DETACH DELETE n");

    private HttpClient? _http;

    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        Skip.If(string.IsNullOrWhiteSpace(uri), SkipReason);
        var options = new Neo4jStoreOptions
        {
            Uri = new Uri(uri!),
            User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "",
            Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j",
        };
        _http = new HttpClient();
        var client = new QueryApiClient(_http, options);
        // Counters live on the meta node, so deleting every node resets them too; InitializeAsync makes it again.
        await client.RunAsync(DeleteEverything, new Dictionary<string, object?>(), AccessMode.Write);
        return new Neo4jGraphStore(client);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _http?.Dispose();
    }
}
