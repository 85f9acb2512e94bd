using Graph.Domain.Matching;
using Graph.Domain.Matching.Xref;
using Graph.Storage.Neo4j;
using Graph.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Storage;

/// <summary>The stores the service can run on, chosen by <c>Store:Provider</c>.</summary>
public static class StoreProviders
{
    /// <summary>The configuration key that names the provider.</summary>
    public const string ProviderKey = "Store:Provider";

    /// <summary>The embedded SQLite file, the default.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>A Neo4j server, cluster or Aura database, over its HTTP Query API.</summary>
    public const string Neo4j = "neo4j";

    /// <summary>The provider the configuration names, lower-cased; <c>sqlite</c> when it names none.</summary>
    public static string Selected(IConfiguration configuration)
    {
        var provider = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(provider)) return Sqlite;
        provider = provider.Trim().ToLowerInvariant();
        return provider is Sqlite or Neo4j
            ? provider
            : throw new InvalidOperationException($"{ProviderKey} is '{configuration[ProviderKey]}': use '{Sqlite}' (the default) or '{Neo4j}'.");
    }

    /// <summary>
    /// Registers the store <c>Store:Provider</c> names, with its connection check: the SQLite file at
    /// <c>Store:Path</c>, or the Neo4j database at <c>Store:Neo4j:Uri</c>, and the matcher that finds entities over it.
    /// </summary>
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration) =>
        (Selected(configuration) == Neo4j ? services.AddNeo4jGraphStore() : services.AddSqliteGraphStore())
            .AddSingleton<EntityMatcher>()
            .AddSingleton<SameAsProposer>();
}
