using System.ComponentModel;
using Graph.Storage;
using Microsoft.Extensions.Configuration;
using Spectre.Console.Cli;

namespace Graph.Cli;

/// <summary>
/// The option every command shares: which store to use. Like the service, the CLI reads <c>Store:*</c> from
/// environment variables (<c>Store__Provider</c>, <c>Store__Path</c>, <c>Store__Neo4j__Uri</c>, ...);
/// <c>--store</c> names a SQLite file and wins over <c>Store__Path</c>.
/// </summary>
internal class StoreSettings : CommandSettings
{
    [CommandOption("--store <FILE>")]
    [Description("The SQLite store file. Default: $Store__Path, else data/graph.db (the service's default). With Store__Provider=neo4j, the store is the Neo4j database of Store__Neo4j__*.")]
    public string? Store { get; init; }

    /// <summary>The store's configuration: the environment's <c>Store:*</c> keys, with <c>--store</c> on top.</summary>
    public IConfiguration StoreConfiguration() => _configuration ??= BuildConfiguration();

    /// <summary>Where the store is, for reports: the file, or the Neo4j address.</summary>
    public string StoreLocation => StoreProviders.Selected(StoreConfiguration()) == StoreProviders.Neo4j
        ? $"{StoreConfiguration()["Store:Neo4j:Uri"]} (Neo4j)"
        : StoreConfiguration()["Store:Path"]!;

    private IConfiguration? _configuration;

    private IConfiguration BuildConfiguration()
    {
        var environment = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        if (Store is not null && StoreProviders.Selected(environment) != StoreProviders.Sqlite)
        {
            throw new InvalidOperationException($"--store names a SQLite file, but Store__Provider is '{environment[StoreProviders.ProviderKey]}'. Leave out one or the other.");
        }
        return new ConfigurationBuilder()
            // The CLI has the file to itself while it imports, so a first import may skip the log (SqliteStoreOptions.FirstLoadJournal).
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Store:Path"] = "data/graph.db", ["Store:FirstLoadJournal"] = "true" })
            .AddConfiguration(environment)
            .AddInMemoryCollection(Store is null ? [] : new Dictionary<string, string?> { ["Store:Path"] = Store })
            .Build();
    }
}
