using Graph.Domain.Store;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file holding entities, sanctions and relationships, with FTS5 indexes
/// for names and for match keys (<see cref="MatchKeyIndex"/>). Reads run on pooled connections with prepared statements; writes run in one transaction.
/// </summary>
internal sealed partial class SqliteGraphStore : IGraphStore, IDisposable
{
    private readonly SqliteSessionPool _pool;
    private readonly SqliteChangeWatcher _changes;
    private readonly bool _firstLoadJournal;

    public SqliteGraphStore(string path)
        : this(new SqliteStoreOptions { Path = path })
    {
    }

    public SqliteGraphStore(SqliteStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _pool = new SqliteSessionPool(options.Path, TimeSpan.FromSeconds(options.BusyTimeoutSeconds));
        _changes = new SqliteChangeWatcher(_pool.ConnectionString, _pool.BusyTimeoutMs);
        _firstLoadJournal = options.FirstLoadJournal;
        FilePath = options.Path;
    }

    public string FilePath { get; }

    public Task InitializeAsync(CancellationToken cancellationToken = default) =>
        Read(session =>
        {
            SqliteSchema.Migrate(session.Connection);
            if (MatchKeyBackfill.EnsureCurrent(session, cancellationToken)) _changes.WroteLocally();
            return true;
        }, cancellationToken);

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        Read(session => new GraphStatistics(
            Count(session, "SELECT count(*) FROM entities"),
            Count(session, "SELECT count(*) FROM sanctions"),
            Count(session, "SELECT count(*) FROM relationships")), cancellationToken);

    /// <summary>The most relationships leaving one entity plus the most entering one: each a scan of its index, never less than the true degree.</summary>
    public Task<long> GetMaxDegreeAsync(CancellationToken cancellationToken = default) =>
        Read(session =>
            Count(session, "SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM relationships GROUP BY from_id)") +
            Count(session, "SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM relationships GROUP BY to_id)"), cancellationToken);

    /// <summary>The most sanctions on one target, times one more than the most same_as links on one entity: a bound on a target's own and linked sanctions.</summary>
    public Task<long> GetMaxSanctionsPerEntityAsync(CancellationToken cancellationToken = default) =>
        Read(session =>
            Count(session, "SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM sanctions GROUP BY target_id)") *
            (1 + Count(session, "SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM relationships WHERE type = 'same_as' GROUP BY from_id)") +
                Count(session, "SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM relationships WHERE type = 'same_as' GROUP BY to_id)")), cancellationToken);

    public Task<DateOnly?> GetLatestPublicationAsync(string dataset, CancellationToken cancellationToken = default) =>
        Read(session =>
            session.Command("SELECT max(body ->> '$.lastSeen') FROM sanctions WHERE dataset = $dataset", ("$dataset", dataset)).ExecuteScalar() is string day
            && Domain.Model.PartialDate.TryParse(day, out var date) ? date.Latest : (DateOnly?)null, cancellationToken);

    public ValueTask<long> GetChangeStampAsync(CancellationToken cancellationToken = default)
    {
        if (cancellationToken.IsCancellationRequested) return ValueTask.FromCanceled<long>(cancellationToken);
        try
        {
            return ValueTask.FromResult(_changes.Stamp());
        }
        catch (SqliteException e) when (SqliteCall.IsBusy(e))
        {
            return ValueTask.FromException<long>(SqliteCall.Busy(e));
        }
    }

    public void Dispose()
    {
        _changes.Dispose();
        _pool.Dispose();
    }

    /// <summary>One read on a pooled session, stopped by the token (see <see cref="SqliteCall"/>).</summary>
    internal Task<T> Read<T>(Func<SqliteSession, T> read, CancellationToken cancellationToken) =>
        SqliteCall.RunAsync(_pool, read, cancellationToken);

    private static long Count(SqliteSession session, string sql, params (string, object?)[] arguments) =>
        (long)session.Command(sql, arguments).ExecuteScalar()!;

    /// <summary>
    /// The sequence numbers of the entities whose id, name or alias is the text in <paramref name="parameter"/>, ignoring
    /// case as SQLite's NOCASE does (ASCII letters); each part is an index look-up. An id equals the text ignoring case
    /// when it is the text in lower case, or when its own lower case is (<see cref="SqliteSchema"/>, version 3).
    /// </summary>
    private static string EntitiesNamed(string parameter) =>
        $"""
        SELECT seq FROM entities WHERE id = lower({parameter})
        UNION SELECT seq FROM entities WHERE lower(id) = lower({parameter}) AND id <> lower(id)
        UNION SELECT seq FROM entities WHERE name = {parameter} COLLATE NOCASE
        UNION SELECT entity_seq FROM entity_aliases WHERE alias = {parameter}
        """;

    /// <summary>A JSON array, for <c>json_each</c> parameters that stand for a whole list of ids or sequence numbers.</summary>
    private static string JsonList<T>(IEnumerable<T> values) => System.Text.Json.JsonSerializer.Serialize(values);
}
