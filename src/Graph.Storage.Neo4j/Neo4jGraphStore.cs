using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Graph.Storage.Neo4j;

/// <summary>
/// The graph in a Neo4j database, reached through an <see cref="ICypherRunner"/>. Every statement is a
/// parameterised one from <see cref="CypherCatalog"/>; <see cref="GraphModel"/> says what the graph looks like.
/// </summary>
internal sealed partial class Neo4jGraphStore : IGraphStore
{
    private static readonly IReadOnlyDictionary<string, object?> NoParameters = new Dictionary<string, object?>();
    private readonly ICypherRunner _runner;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly ChangeStampCache _changes;

    /// <param name="runner">Where the statements run.</param>
    /// <param name="logger">Hears of retried writes.</param>
    /// <param name="time">The clock for the change stamp's refresh and write backoff; the system's when null.</param>
    public Neo4jGraphStore(ICypherRunner runner, ILogger<Neo4jGraphStore>? logger = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(runner);
        _runner = runner;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _time = time ?? TimeProvider.System;
        _changes = new ChangeStampCache(ReadStampAsync, _time);
    }

    /// <summary>How long start-up waits for new indexes to come online.</summary>
    public TimeSpan IndexWait { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How many entities start-up checks (and, when their keys are not indexed, indexes) per transaction.</summary>
    public int KeyRebuildWindow { get; init; } = 10_000;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        // Schema commands may not share a transaction with writes, so each runs on its own.
        foreach (var statement in SchemaStatements.Definitions) await Write(statement, NoParameters, cancellationToken);
        await Write(SchemaStatements.EnsureMeta, NoParameters, cancellationToken);
        // On the member that created the indexes, where they come online first.
        await Write(SchemaStatements.AwaitIndexes, new Dictionary<string, object?> { ["seconds"] = (long)IndexWait.TotalSeconds }, cancellationToken);
        await RebuildKeysAsync(cancellationToken);
        await RebuildMatchKeysAsync(cancellationToken);
    }

    /// <summary>
    /// Builds the exact-name index wherever it is missing or stale (a graph loaded from an export, or written
    /// before the index existed), one window of the insertion order per transaction; where nothing is missing it
    /// only reads. Each window is an upsert, so a transient failure may run it again and a failed start resumes.
    /// </summary>
    private async Task RebuildKeysAsync(CancellationToken cancellationToken)
    {
        var rebuilt = 0L;
        for (long? after = long.MinValue; after is { } from;)
        {
            var result = await Write(KeyStatements.Rebuild, new Dictionary<string, object?>
            {
                ["after"] = from,
                ["limit"] = (long)Math.Max(KeyRebuildWindow, 1),
            }, cancellationToken);
            var row = RecordReader.Rows(result).FirstOrDefault();
            if (row is null) break;
            if (row("rebuilt") is long count) rebuilt += count;
            after = row("last") is long last && last > from ? last : null;
        }
        if (rebuilt == 0) return;
        await Write(KeyStatements.Rebuilt, NoParameters, cancellationToken);
        _changes.WroteLocally();
        _logger.LogInformation("Built the exact-name keys of {Count} entities that lacked them or had stale ones", rebuilt);
    }

    public async Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        var result = await Read(StoreStatements.Statistics, [], cancellationToken);
        var row = RecordReader.Rows(result).Single();
        return new GraphStatistics(
            RecordReader.Long(row("entities"), "entity count"),
            RecordReader.Long(row("sanctions"), "sanction count"),
            RecordReader.Long(row("relationships"), "relationship count"));
    }

    public async Task<long> GetMaxDegreeAsync(CancellationToken cancellationToken = default)
    {
        var result = await Read(StoreStatements.MaxDegree, [], cancellationToken);
        return RecordReader.Long(RecordReader.Rows(result).Single()("degree"), "maximum degree");
    }

    public async Task<long> GetMaxSanctionsPerEntityAsync(CancellationToken cancellationToken = default)
    {
        var result = await Read(StoreStatements.MaxSanctionsPerEntity, [], cancellationToken);
        return RecordReader.Long(RecordReader.Rows(result).Single()("sanctions"), "sanctions bound");
    }

    public async Task<DateOnly?> GetLatestPublicationAsync(string dataset, CancellationToken cancellationToken = default)
    {
        var result = await Read(StoreStatements.LatestPublication, new() { ["dataset"] = dataset }, cancellationToken);
        return RecordReader.Rows(result).Single()("lastSeen") is string day && PartialDate.TryParse(day, out var date) ? date.Latest : null;
    }

    public ValueTask<long> GetChangeStampAsync(CancellationToken cancellationToken = default) => _changes.StampAsync(cancellationToken);

    private async Task<long> ReadStampAsync(CancellationToken cancellationToken)
    {
        var result = await Read(StoreStatements.ChangeStamp, [], cancellationToken);
        return result.Rows.Count == 0 ? 0 : RecordReader.Long(result.Rows[0][0], "change stamp");
    }

    private async Task<CypherResult> Read(CypherStatement statement, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        try
        {
            return await _runner.RunAsync(statement, parameters, AccessMode.Read, cancellationToken);
        }
        catch (Neo4jException e) when (e.IsTransient)
        {
            throw Busy(e);
        }
    }

    private async Task<CypherResult> Write(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        try
        {
            return await _runner.RunAsync(statement, parameters, AccessMode.Write, cancellationToken);
        }
        catch (Neo4jException e) when (e.IsTransient)
        {
            throw Busy(e);
        }
    }

    /// <summary>A transient failure that outlived its retries (a lock, a leader switch, a busy server): the caller may try again later.</summary>
    private static StoreBusyException Busy(Neo4jException e) =>
        new($"{e.Message} The database stayed busy or unreachable through every retry; try again shortly.", e);

    /// <summary>Ids as a list parameter, each once.</summary>
    private static List<string> Distinct(IEnumerable<string> ids) => [.. ids.Distinct(StringComparer.Ordinal)];
}
