namespace Graph.Import.Gate;

/// <summary>
/// Lets one import at a time write to a store: a second one is refused at once with
/// <see cref="ImportInProgressException"/> rather than queued, so that its caller knows it did nothing. Two imports
/// that compared against the same state and wrote one after the other lost data (each answered "unchanged" while
/// lastSeen went backwards). Within a process a semaphore serializes them; across processes on one SQLite file
/// (the CLI beside the running service) an exclusive lock on <paramref name="lockFile"/> does.
/// </summary>
/// <param name="lockFile">The file beside the store that every process locks for an import; none for a server store.</param>
public sealed class ImportGate(string? lockFile = null) : IDisposable
{
    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>The lock file beside the store, when there is one.</summary>
    public string? LockFile { get; } = lockFile;

    /// <summary>Takes the gate for one import; dispose the lease to let the next one in.</summary>
    /// <exception cref="ImportInProgressException">Another import holds the gate, in this process or another.</exception>
    public ImportLease Enter()
    {
        if (!_one.Wait(0)) throw new ImportInProgressException("Another import into this store is running; try again when it has finished. Nothing of this import was written.");
        try
        {
            return new ImportLease(this, ImportLockFile.Take(LockFile));
        }
        catch
        {
            _one.Release();
            throw;
        }
    }

    internal void Leave() => _one.Release();

    public void Dispose() => _one.Dispose();
}
