using Graph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Storage.Sqlite;

/// <summary>Registers the embedded SQLite store.</summary>
public static class SqliteServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IGraphStore"/> as a SQLite file whose path comes from <c>Store:Path</c>
    /// (default <c>data/graph.db</c>). The file and its folder are created on first use.
    /// </summary>
    public static IServiceCollection AddSqliteGraphStore(this IServiceCollection services)
    {
        services.AddOptions<SqliteStoreOptions>()
            .BindConfiguration(SqliteStoreOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "Store:Path must name a file.");
        services.AddSingleton(sp => new SqliteGraphStore(sp.GetRequiredService<IOptions<SqliteStoreOptions>>().Value.Path));
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        services.AddSingleton<IStoreConnectionCheck>(sp => sp.GetRequiredService<SqliteGraphStore>());
        return services;
    }
}
