using Graph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Storage.Sqlite;

/// <summary>Registers the embedded SQLite store.</summary>
public static class SqliteServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IGraphStore"/> as a SQLite file whose path comes from <c>Store:Path</c>
    /// (default <c>data/graph.db</c>), with the other <see cref="SqliteStoreOptions"/> from <c>Store:*</c>.
    /// The file and its folder are created on first use.
    /// </summary>
    public static IServiceCollection AddSqliteGraphStore(this IServiceCollection services)
    {
        services.AddOptions<SqliteStoreOptions>()
            .BindConfiguration(SqliteStoreOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "Store:Path must name a file.")
            .Validate(o => o.BusyTimeoutSeconds is >= 0 and <= 3600, "Store:BusyTimeoutSeconds must be between 0 and 3600.");
        services.AddSingleton(sp => new SqliteGraphStore(sp.GetRequiredService<IOptions<SqliteStoreOptions>>().Value));
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        services.AddSingleton<IStoreConnectionCheck>(sp => sp.GetRequiredService<SqliteGraphStore>());
        return services;
    }
}
