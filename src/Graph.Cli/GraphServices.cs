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
        var collection = new ServiceCollection()
            .AddSingleton(storeConfiguration)
            .AddGraphStore(storeConfiguration)
            .AddImports();
        add?.Invoke(collection);
        var services = collection.BuildServiceProvider();
        await services.GetRequiredService<IGraphStore>().InitializeAsync(cancellationToken);
        return services;
    }
}
