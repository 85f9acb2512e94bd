using Graph.Domain.Store;
using Graph.Export.Copying;
using Graph.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace Graph.Cli.Migrate;

/// <summary>
/// <c>graph migrate --to neo4j</c>: copies the embedded SQLite store into a Neo4j database, page by page, and
/// checks that the database then holds at least what the file holds. Running it again finishes an interrupted copy.
/// </summary>
internal sealed class MigrateCommand : AsyncCommand<MigrateSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, MigrateSettings settings, CancellationToken cancellationToken)
    {
        var environment = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var sourcePath = settings.Store ?? environment["Store:Path"] ?? "data/graph.db";
        if (!File.Exists(sourcePath)) throw new FileNotFoundException($"There is no store file at {sourcePath} to copy (--store).", sourcePath);

        await using var source = await GraphServices.OpenAsync(Configuration(environment, new()
        {
            [StoreProviders.ProviderKey] = StoreProviders.Sqlite,
            ["Store:Path"] = sourcePath,
        }), cancellationToken);
        await using var target = await GraphServices.OpenAsync(Configuration(environment, new()
        {
            [StoreProviders.ProviderKey] = StoreProviders.Neo4j,
            ["Store:Neo4j:Uri"] = settings.Uri,
            ["Store:Neo4j:User"] = settings.User,
            ["Store:Neo4j:Database"] = settings.Database,
        }), cancellationToken);

        var from = source.GetRequiredService<IGraphStore>();
        var into = target.GetRequiredService<IGraphStore>();
        var connection = await target.GetRequiredService<IStoreConnectionCheck>().CheckAsync(cancellationToken);
        var expected = await from.GetStatisticsAsync(cancellationToken);
        Console.Error.WriteLine($"Copying {expected.Entities} entities, {expected.Sanctions} sanctions and {expected.Relationships} relationships " +
            $"from {sourcePath} into {connection.Location} ({connection.Detail})");
        var copied = await StoreCopy.CopyAsync(from, into, new Progress<CopyProgress>(p =>
            Console.Error.WriteLine($"  {p.Entities} entities, {p.Sanctions} sanctions, {p.Relationships} relationships")), cancellationToken);

        var held = await into.GetStatisticsAsync(cancellationToken);
        Console.WriteLine($"Copied {copied.Entities} entities, {copied.Sanctions} sanctions and {copied.Relationships} relationships; " +
            $"the target now holds {held.Entities}, {held.Sanctions} and {held.Relationships}.");
        if (held.Entities >= expected.Entities && held.Sanctions >= expected.Sanctions && held.Relationships >= expected.Relationships) return 0;
        Console.Error.WriteLine("The target holds fewer records than the source: the copy is incomplete. Run the command again to finish it.");
        return 1;
    }

    /// <summary>The environment's settings with the command's on top; options left out keep the environment's value.</summary>
    private static IConfiguration Configuration(IConfiguration environment, Dictionary<string, string?> overrides) =>
        new ConfigurationBuilder()
            .AddConfiguration(environment)
            .AddInMemoryCollection(overrides.Where(o => o.Value is not null))
            .Build();

}
