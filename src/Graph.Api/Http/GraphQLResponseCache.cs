using Graph.GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace Graph.Api.Http;

/// <summary>
/// Answers a repeated anonymous query with the bytes it produced last time, as long as the store has not changed
/// since (see <see cref="Domain.Store.IGraphStore.GetChangeStampAsync"/>). Journalists' embeds and dashboards
/// ask the same few questions over and over; they get the same answer without parsing, executing or serializing.
/// Only successful query operations are kept, never mutations or errors. Anonymous callers choose the keys, so
/// the cache is bounded by the bytes of keys and answers together (<c>Limits:ResponseCacheBytes</c>) and evicts
/// the least recently used answer first; an answer made stale by a write stays until it is evicted or replaced.
/// </summary>
internal sealed class GraphQLResponseCache(IOptions<HttpLimitsOptions> options)
{
    /// <summary>The longest request, body or query string, whose answer is kept.</summary>
    public const int MaxRequestBytes = 8 * 1024;

    /// <summary>The longest answer kept: a bigger one would push out hundreds of small ones.</summary>
    public const int MaxResponseBytes = 256 * 1024;

    /// <summary>What an entry holds beyond its key and body: the record, its array header and the content type.</summary>
    private const int EntryOverheadBytes = 160;

    private readonly ByteBoundedCache<Entry>? _entries =
        options.Value.ResponseCacheBytes > 0 ? new ByteBoundedCache<Entry>(options.Value.ResponseCacheBytes) : null;

    /// <summary>The bytes the cache holds now, keys included.</summary>
    public long Bytes => _entries?.Bytes ?? 0;

    /// <summary>How many answers the cache holds now.</summary>
    public int Count => _entries?.Count ?? 0;

    public bool TryGet(string key, long stamp, out Entry entry)
    {
        entry = null!;
        return _entries is not null && _entries.TryGet(key, out entry) && entry.Stamp == stamp;
    }

    public void Add(string key, Entry entry)
    {
        if (_entries is null || entry.Body.Length > MaxResponseBytes) return;
        _entries.Set(key, entry, EntryOverheadBytes + entry.Body.Length + 2L * entry.ContentType.Length);
    }

    internal sealed record Entry(long Stamp, int Status, string ContentType, byte[] Body);
}
