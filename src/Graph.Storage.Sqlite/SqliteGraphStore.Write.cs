using Graph.Domain.Store;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    // A large write under the log keeps its pages in memory until the commit, about half a kilobyte per record with
    // its indexes: pages spilled to the log early are written there, read back and written again at the checkpoint.
    // Under a rollback journal (FirstLoadJournal) a new page spilled early is written once, where it belongs, so the
    // default cache serves, and spares the time the kernel takes to hand out fresh memory.
    private const long CacheKiBPerRecord = 1;

    public Task WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return OnWriteThread(() => [batch], cancellationToken);
    }

    /// <summary>
    /// The parts are taken one after the other on the write's own thread, each written as it comes, in the one
    /// transaction: only the current part is held. The first part's size decides the journal and the deferred
    /// indexes, as one batch's would; under the log the page cache grows with the records written.
    /// </summary>
    public Task WriteInPartsAsync(IAsyncEnumerable<GraphBatch> parts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return OnWriteThread(() => parts.ToBlockingEnumerable(cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Runs the write on a thread of its own: a large write keeps SQLite busy for seconds, and on a thread of the pool
    /// it would leave the requests that read meanwhile waiting for the pool to grow. The token interrupts it.
    /// </summary>
    private Task OnWriteThread(Func<IEnumerable<GraphBatch>> parts, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested) return Task.FromCanceled(cancellationToken);
        return Task.Factory.StartNew(
            () => SqliteCall.Run(_pool, session => Write(session, parts(), cancellationToken), cancellationToken),
            cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    private bool Write(SqliteSession session, IEnumerable<GraphBatch> parts, CancellationToken cancellationToken)
    {
        using var part = parts.GetEnumerator();
        if (!part.MoveNext()) return false;
        long written = Records(part.Current);
        var journaled = _firstLoadJournal && FirstLoadJournal.TryEnter(session, (int)written);
        long cache = SqliteSessionPool.CacheKiB;
        try
        {
            if (!journaled) cache = Grow(session, cache, written);
            session.BeginTransaction();
            try
            {
                Delete(session, part.Current);
                var deferred = FirstLoadIndexes.Defer(session, (int)written);
                using (var rows = new RowWriter(session))
                {
                    rows.Write(part.Current, cancellationToken);
                    while (part.MoveNext())
                    {
                        written += Records(part.Current);
                        if (!journaled) cache = Grow(session, cache, written);
                        GraphBatchParts.RefuseDeletions(part.Current);
                        rows.Write(part.Current, cancellationToken);
                    }
                }
                cancellationToken.ThrowIfCancellationRequested();
                deferred?.Build();
                cancellationToken.ThrowIfCancellationRequested();
                session.Transaction!.Commit();
            }
            finally
            {
                // An interrupted statement rolls the transaction back itself; ending it then has nothing left to undo.
                session.EndTransaction();
                _changes.WroteLocally();
            }
        }
        finally
        {
            Restore(session, journaled, cache, cancellationToken);
        }
        return true;
    }

    private static long Records(GraphBatch batch) => batch.Entities.Count + batch.Sanctions.Count + batch.Relationships.Count;

    /// <summary>
    /// Under the log, a cache that holds the pages of every record written so far (a kilobyte each), up to a quarter
    /// of the memory: returns the cache size the session now has.
    /// </summary>
    private static long Grow(SqliteSession session, long cache, long records)
    {
        var wanted = Math.Min(records * CacheKiBPerRecord, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4 / 1024);
        if (wanted <= cache) return cache;
        session.Command($"PRAGMA cache_size = -{wanted}").ExecuteNonQuery();
        return wanted;
    }

    /// <summary>What the part deletes, before its records are written.</summary>
    private static void Delete(SqliteSession session, GraphBatch batch)
    {
        foreach (var id in batch.DeletedRelationshipIds) session.Command("DELETE FROM relationships WHERE id = $id", ("$id", id)).ExecuteNonQuery();
        foreach (var id in batch.DeletedSanctionIds) DeleteSanction(session, id);
        foreach (var id in batch.DeletedEntityIds) DeleteEntity(session, id);
    }

    /// <summary>Puts the session's journal and cache back as the pool keeps them.</summary>
    private static void Restore(SqliteSession session, bool journaled, long cache, CancellationToken cancellationToken)
    {
        try
        {
            if (journaled) FirstLoadJournal.Leave(session);
            if (cache > SqliteSessionPool.CacheKiB) session.Command($"PRAGMA cache_size = -{SqliteSessionPool.CacheKiB}").ExecuteNonQuery();
        }
        catch (Microsoft.Data.Sqlite.SqliteException) when (cancellationToken.IsCancellationRequested)
        {
            // The token interrupted the session after the write was over; it is closed rather than pooled, settings and all.
        }
    }

    private static void DeleteSanction(SqliteSession session, string id)
    {
        session.Command("DELETE FROM sanction_programs WHERE sanction_seq = (SELECT seq FROM sanctions WHERE id = $id)", ("$id", id)).ExecuteNonQuery();
        session.Command("DELETE FROM sanctions WHERE id = $id", ("$id", id)).ExecuteNonQuery();
    }

    private static void DeleteEntity(SqliteSession session, string id)
    {
        if (session.Command("SELECT seq FROM entities WHERE id = $id", ("$id", id)).ExecuteScalar() is not long seq) return;
        session.Command("DELETE FROM sanction_programs WHERE sanction_seq IN (SELECT seq FROM sanctions WHERE target_id = $id)", ("$id", id)).ExecuteNonQuery();
        session.Command("DELETE FROM sanctions WHERE target_id = $id", ("$id", id)).ExecuteNonQuery();
        session.Command("DELETE FROM relationships WHERE from_id = $id", ("$id", id)).ExecuteNonQuery();
        session.Command("DELETE FROM relationships WHERE to_id = $id", ("$id", id)).ExecuteNonQuery();
        session.Command("DELETE FROM entity_aliases WHERE entity_seq = $seq", ("$seq", seq)).ExecuteNonQuery();
        session.Command("DELETE FROM entity_search WHERE rowid = $seq", ("$seq", seq)).ExecuteNonQuery();
        session.Command("DELETE FROM entity_match_keys WHERE rowid = $seq", ("$seq", seq)).ExecuteNonQuery();
        session.Command("DELETE FROM entities WHERE seq = $seq", ("$seq", seq)).ExecuteNonQuery();
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd");
}
