using Graph.Import.Gate;
using Graph.Import.Running;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Import;

/// <summary>Registers the importers for the service and the CLI alike.</summary>
public static class ImportServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DesignationImporter"/> (scoped, over the registered store) and the one
    /// <see cref="ImportGate"/> of the store (a singleton), which lets one import at a time in. For a SQLite store
    /// (<c>Store:Provider</c> sqlite, <c>Store:Path</c>) the gate also locks a file beside it, so that an import from
    /// another process waits for none and is refused instead. Needs <c>IConfiguration</c> registered.
    /// </summary>
    public static IServiceCollection AddImports(this IServiceCollection services)
    {
        services.AddOptions<ImportStoreOptions>().BindConfiguration(ImportStoreOptions.Section);
        services.AddSingleton(sp => new ImportGate(sp.GetRequiredService<IOptions<ImportStoreOptions>>().Value.LockFile()));
        services.AddScoped<DesignationImporter>();
        return services;
    }
}
