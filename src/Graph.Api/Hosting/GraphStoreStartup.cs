using Graph.Domain.Store;
using Graph.Import.Seed;
using Microsoft.Extensions.Options;

namespace Graph.Api.Hosting;

/// <summary>Prepares the store before the service takes requests: migrate the schema, then seed it when empty.</summary>
internal static class GraphStoreStartup
{
    public static IServiceCollection AddSeedOnStartup(this IServiceCollection services)
    {
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section);
        return services;
    }

    /// <summary>Throws, stopping the start, when the seed has a broken record; the message names file, line and field.</summary>
    public static async Task PrepareGraphStoreAsync(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<IGraphStore>();
        var options = app.Services.GetRequiredService<IOptions<SeedOptions>>().Value;
        await store.InitializeAsync();
        var statistics = await store.GetStatisticsAsync();
        if (!options.Enabled || !statistics.IsEmpty)
        {
            app.Logger.LogInformation("Store holds {Entities} entities, {Sanctions} sanctions and {Relationships} relationships",
                statistics.Entities, statistics.Sanctions, statistics.Relationships);
            return;
        }
        var batch = await SeedImporter.ImportAsync(options.Path, store);
        app.Logger.LogInformation("Seeded the empty store from {SeedPath}: {Entities} entities, {Sanctions} sanctions, {Relationships} relationships",
            options.Path, batch.Entities.Count, batch.Sanctions.Count, batch.Relationships.Count);
    }
}
