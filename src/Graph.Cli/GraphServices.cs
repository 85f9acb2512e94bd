using Graph.Domain.Store;
using Graph.GraphQL;
using Graph.Import;
using Graph.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Cli;

/// <summary>The same store and schema registrations the service uses, over the store the command names.</summary>
internal static class GraphServices
{
    public static Task<ServiceProvider> OpenAsync(StoreSettings settings, CancellationToken cancellationToken) =>
        OpenAsync(settings.StoreConfiguration(), cancellationToken);

    /// <summary>The store <c>Store:Provider</c> names in the configuration, initialized, with the schema over it.</summary>
    public static async Task<ServiceProvider> OpenAsync(IConfiguration storeConfiguration, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection()
            .AddSingleton(storeConfiguration)
            .AddGraphStore(storeConfiguration)
            .AddGraphSchema(exposeExceptionDetails: true)
            .AddImports()
            .BuildServiceProvider();
        await services.GetRequiredService<IGraphStore>().InitializeAsync(cancellationToken);
        return services;
    }
}
