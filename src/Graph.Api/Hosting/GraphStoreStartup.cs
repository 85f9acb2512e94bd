using Graph.Import.Reading;
using Graph.Domain.Store;
using Graph.Import;
using Graph.Import.Running;
using Microsoft.Extensions.Options;

namespace Graph.Api.Hosting;

/// <summary>
/// Prepares the store before the server takes requests: migrate the schema, then seed it when empty. It runs
/// as a hosted service started ahead of the server, so a broken seed stops the start with its message.
/// </summary>
internal sealed class GraphStoreStartup(
    IGraphStore store, IServiceScopeFactory scopes, IOptions<SeedOptions> options, ILogger<GraphStoreStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        var statistics = await store.GetStatisticsAsync(cancellationToken);
        if (!options.Value.Enabled || !statistics.IsEmpty)
        {
            logger.LogInformation("Store holds {Entities} entities, {Sanctions} sanctions and {Relationships} relationships",
                statistics.Entities, statistics.Sanctions, statistics.Relationships);
            return;
        }
        // The seed goes the way every import goes, through the importer and its one transaction.
        using var scope = scopes.CreateScope();
        var report = await scope.ServiceProvider.GetRequiredService<DesignationImporter>().ImportAsync(
            ImportSource.FromPath(options.Value.Path), ImportFormats.Named("seed"), new ImportOptions(PublishedDay.Today), cancellationToken: cancellationToken);
        if (!report.Succeeded) throw new ImportFailedException(report.Rejected);
        logger.LogInformation("Seeded the empty store from {SeedPath}: {Entities} entities, {Sanctions} sanctions, {Relationships} relationships",
            options.Value.Path, report.Entities.Created, report.Sanctions.Created, report.Relationships.Created);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

internal static class GraphStoreStartupExtensions
{
    /// <summary>Migrates the store on start and seeds it from <c>Seed:Path</c> when it is empty and <c>Seed:Enabled</c> is true.</summary>
    public static IServiceCollection AddStorePreparation(this IServiceCollection services)
    {
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section);
        services.AddHostedService<GraphStoreStartup>();
        return services;
    }
}
