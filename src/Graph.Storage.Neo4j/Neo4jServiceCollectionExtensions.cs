using Graph.Domain.Store;
using Graph.Storage.Neo4j.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Storage.Neo4j;

/// <summary>Registers the Neo4j store.</summary>
public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IGraphStore"/> as a Neo4j database reached over its HTTP Query API, with the options of
    /// the section <c>Store:Neo4j</c> (<c>Uri</c>, required, e.g. <c>http://localhost:7474</c>; <c>User</c>,
    /// <c>Password</c>, <c>Database</c>). A missing or unusable <c>Store:Neo4j:Uri</c> fails when the store is
    /// first resolved, with a message that names the key. An <see cref="ICypherRunner"/> registered before this
    /// call is used instead of the Query API client.
    /// </summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services)
    {
        services.AddOptions<Neo4jStoreOptions>()
            .BindConfiguration(Neo4jStoreOptions.Section)
            .Validate(o => o.Uri is not null,
                "Store:Neo4j:Uri is not set: give Neo4j's HTTP address, e.g. http://localhost:7474 (environment variable Store__Neo4j__Uri).")
            .Validate(o => o.Uri is null || (o.Uri.IsAbsoluteUri && (o.Uri.Scheme == Uri.UriSchemeHttp || o.Uri.Scheme == Uri.UriSchemeHttps)),
                "Store:Neo4j:Uri must be Neo4j's http:// or https:// address (the Query API), e.g. http://localhost:7474, not a bolt:// one.");
        services.TryAddSingleton<Neo4jHttp>();
        services.TryAddSingleton(sp => new QueryApiClient(
            sp.GetRequiredService<Neo4jHttp>().Client,
            sp.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value,
            sp.GetService<ILogger<QueryApiClient>>()));
        services.TryAddSingleton<ICypherRunner>(sp => sp.GetRequiredService<QueryApiClient>());
        services.AddSingleton<IStoreConnectionCheck, Neo4jConnectionCheck>();
        services.AddSingleton<IGraphStore>(sp => new Neo4jGraphStore(
            sp.GetRequiredService<ICypherRunner>(),
            sp.GetService<ILogger<Neo4jGraphStore>>()));
        return services;
    }

    /// <summary>
    /// The store's one HTTP client (requests time out after HttpClient's 100 s), disposed with the container; pooled
    /// connections are renewed so that DNS changes are seen.
    /// </summary>
    internal sealed class Neo4jHttp : IDisposable
    {
        public HttpClient Client { get; } = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });

        public void Dispose() => Client.Dispose();
    }
}
