namespace Graph.Storage.Neo4j;

/// <summary>
/// The store's change stamp without a round trip per request. Writes through this store move it at once; writes
/// by other processes move the counter on the meta node, which is read again at most every quarter second, by one
/// caller at a time while the others keep the last value.
/// </summary>
internal sealed class ChangeStampCache(Func<CancellationToken, Task<long>> readStamp, TimeProvider time)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(250);

    private long _localWrites;
    private long _stored;
    private long _readAt = long.MinValue;
    private int _reading;

    public void WroteLocally() => Interlocked.Increment(ref _localWrites);

    public async ValueTask<long> StampAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var now = time.GetTimestamp();
        var readAt = Interlocked.Read(ref _readAt);
        var stale = readAt == long.MinValue || time.GetElapsedTime(readAt, now) >= RefreshInterval;
        if (stale && Interlocked.CompareExchange(ref _reading, 1, 0) == 0)
        {
            try
            {
                Interlocked.Exchange(ref _stored, await readStamp(cancellationToken));
                Interlocked.Exchange(ref _readAt, now);
            }
            finally
            {
                Volatile.Write(ref _reading, 0);
            }
        }
        return (Interlocked.Read(ref _localWrites) << 32) ^ Interlocked.Read(ref _stored);
    }
}
