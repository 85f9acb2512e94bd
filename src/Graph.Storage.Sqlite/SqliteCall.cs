using Graph.Domain.Store;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Graph.Storage.Sqlite;

/// <summary>
/// Runs one store call on a pooled session under its cancellation token. Microsoft.Data.Sqlite does not cancel a
/// running statement, so the token interrupts the connection (<c>sqlite3_interrupt</c>), which stops the statement at
/// its next step; the call then ends with <see cref="OperationCanceledException"/>, and the session, which may still
/// carry the interrupt, is closed rather than pooled. A lock that another connection keeps past the busy timeout ends
/// the call with <see cref="StoreBusyException"/>, never a raw <see cref="SqliteException"/>.
/// </summary>
internal static class SqliteCall
{
    /// <summary>How long a caller refused for a held lock is told to wait.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public static T Run<T>(SqliteSessionPool pool, Func<SqliteSession, T> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        SqliteSessionPool.Lease lease;
        try
        {
            lease = pool.Rent();
        }
        catch (SqliteException e) when (IsBusy(e))
        {
            throw Busy(e);
        }
        var reusable = false;
        try
        {
            T result;
            // Disposing the registration waits for a callback under way, so the connection is never closed while it is interrupted.
            using (cancellationToken.Register(static connection => Interrupt((SqliteConnection)connection!), lease.Session.Connection))
            {
                result = work(lease.Session);
            }
            reusable = !cancellationToken.IsCancellationRequested;
            return result;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == raw.SQLITE_INTERRUPT && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("The store call was cancelled while it ran.", e, cancellationToken);
        }
        catch (SqliteException e) when (IsBusy(e))
        {
            throw Busy(e);
        }
        finally
        {
            if (reusable) lease.Dispose();
            else lease.Discard();
        }
    }

    /// <summary>The call as a task: done at once, since SQLite works on the caller's thread; cancelled or failed as the call was.</summary>
    public static Task<T> RunAsync<T>(SqliteSessionPool pool, Func<SqliteSession, T> work, CancellationToken cancellationToken)
    {
        try
        {
            return Task.FromResult(Run(pool, work, cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }
        catch (Exception e)
        {
            return Task.FromException<T>(e);
        }
    }

    /// <summary>SQLITE_BUSY or SQLITE_LOCKED, in any of their extended forms.</summary>
    public static bool IsBusy(SqliteException e) => (e.SqliteErrorCode & 0xFF) is raw.SQLITE_BUSY or raw.SQLITE_LOCKED;

    public static StoreBusyException Busy(SqliteException e) =>
        new("The store is held by another writer and could not be reached in time; try again shortly.", e) { RetryAfter = RetryAfter };

    private static void Interrupt(SqliteConnection connection)
    {
        if (connection.Handle is { } handle) raw.sqlite3_interrupt(handle);
    }
}
