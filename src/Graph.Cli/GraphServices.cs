using Graph.Domain.Store;
using Graph.GraphQL;
using Graph.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Cli;

/// <summary>The same store and schema registrations the service uses, over the store the command names.</summary>
internal static class GraphServices
{
    public static async Task<ServiceProvider> OpenAsync(StoreSettings settings, CancellationToken cancellationToken)
    {
        var storeConfiguration = settings.StoreConfiguration();
        var services = new ServiceCollection()
            .AddSingleton(storeConfiguration)
            .AddGraphStore(storeConfiguration)
            .AddGraphSchema(exposeExceptionDetails: true)
            .BuildServiceProvider();
        await services.GetRequiredService<IGraphStore>().InitializeAsync(cancellationToken);
        return services;
    }
}
