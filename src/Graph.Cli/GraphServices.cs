using Graph.Domain.Store;
using Graph.GraphQL;
using Graph.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Cli;

/// <summary>The same store and schema registrations the service uses, over the file the command names.</summary>
internal static class GraphServices
{
    public static async Task<ServiceProvider> OpenAsync(string storePath, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{SqliteStoreOptions.Section}:Path"] = storePath })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSqliteGraphStore()
            .AddGraphSchema(exposeExceptionDetails: true)
            .BuildServiceProvider();
        await services.GetRequiredService<IGraphStore>().InitializeAsync(cancellationToken);
        return services;
    }
}
