using System.Collections.Concurrent;

namespace Graph.Api.Http;

/// <summary>
/// Answers a repeated anonymous query with the bytes it produced last time, as long as the store has not changed
/// since (see <see cref="Domain.Store.IGraphStore.GetChangeStampAsync"/>). Journalists' embeds and dashboards
/// ask the same few questions over and over; they get the same answer without parsing, executing or serializing.
/// Only successful query operations are kept, never mutations or errors.
/// </summary>
internal sealed class GraphQLResponseCache
{
    public const int MaxRequestBytes = 8 * 1024;
    private const int MaxEntries = 10_000;
    private const int MaxResponseBytes = 256 * 1024;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private int _count;

    public bool TryGet(string key, long stamp, out Entry entry) =>
        _entries.TryGetValue(key, out entry!) && entry.Stamp == stamp;

    public void Add(string key, Entry entry)
    {
        if (entry.Body.Length > MaxResponseBytes) return;
        // A crude bound: when full, start again rather than track recency on every hit. The count is kept apart
        // because ConcurrentDictionary.Count takes every lock.
        if (Volatile.Read(ref _count) >= MaxEntries)
        {
            _entries.Clear();
            Interlocked.Exchange(ref _count, 0);
        }
        if (_entries.TryAdd(key, entry)) Interlocked.Increment(ref _count);
        else _entries[key] = entry;
    }

    internal sealed record Entry(long Stamp, int Status, string ContentType, byte[] Body);
}
