using Graph.Domain.Store;
using Graph.GraphQL;
using Graph.Import;
using Graph.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Cli;

/// <summary>The store registrations the service uses, over the store the command names, with what the command needs besides.</summary>
internal static class GraphServices
{
    /// <summary>The store with the importers, for every command but <c>query</c>.</summary>
    public static Task<ServiceProvider> OpenAsync(StoreSettings settings, CancellationToken cancellationToken) =>
        OpenAsync(settings.StoreConfiguration(), cancellationToken);

    /// <summary>The store with the GraphQL schema over it, for <c>query</c>.</summary>
    public static Task<ServiceProvider> OpenWithSchemaAsync(StoreSettings settings, CancellationToken cancellationToken) =>
        OpenAsync(settings.StoreConfiguration(), cancellationToken, services => services.AddGraphSchema(exposeExceptionDetails: true));

    /// <summary>The store <c>Store:Provider</c> names in the configuration, initialized, with the importers.</summary>
    public static async Task<ServiceProvider> OpenAsync(IConfiguration storeConfiguration, CancellationToken cancellationToken, Action<IServiceCollection>? add = null)
    {
        var services = Build(storeConfiguration, add);
        await services.GetRequiredService<IGraphStore>().InitializeAsync(cancellationToken);
        return services;
    }

    /// <summary>
    /// The store and the importers, the store not yet opened: <c>import</c> takes the import gate first, so that a
    /// second import is refused at once rather than left waiting for the first one's write to let it open the file.
    /// </summary>
    public static ServiceProvider Build(StoreSettings settings) => Build(settings.StoreConfiguration(), null);

    private static ServiceProvider Build(IConfiguration storeConfiguration, Action<IServiceCollection>? add)
    {
        var collection = new ServiceCollection()
            .AddSingleton(storeConfiguration)
            .AddGraphStore(storeConfiguration)
            .AddImports();
        add?.Invoke(collection);
        return collection.BuildServiceProvider();
    }
}
