using Graph.Domain.Store;
using Graph.Storage.Neo4j.Http;
using Microsoft.Extensions.Options;

namespace Graph.Storage.Neo4j;

/// <summary>Reports the Neo4j database the store uses and whether it answers, by pinging it through the Query API.</summary>
internal sealed class Neo4jConnectionCheck(QueryApiClient client, IOptions<Neo4jStoreOptions> options) : IStoreConnectionCheck
{
    /// <summary>The provider name <c>Store:Provider</c> selects this store by.</summary>
    public const string ProviderName = "neo4j";

    public async Task<StoreConnection> CheckAsync(CancellationToken cancellationToken = default)
    {
        var location = $"{options.Value.Uri} database {options.Value.Database}";
        try
        {
            var server = await client.PingAsync(cancellationToken);
            var product = server.Version is null ? "Neo4j" : $"Neo4j {server.Version} {server.Edition}".TrimEnd();
            return new StoreConnection(ProviderName, location, Connected: true,
                $"{product}, answered in {server.RoundTrip.TotalMilliseconds:0} ms");
        }
        catch (Neo4jException e)
        {
            return new StoreConnection(ProviderName, location, Connected: false, e.Message);
        }
    }
}
