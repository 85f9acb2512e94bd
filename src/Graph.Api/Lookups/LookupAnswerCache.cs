using Graph.GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace Graph.Api.Lookups;

/// <summary>
/// Rendered answers of the journalists' surfaces, reused while the store's change stamp stands. Anonymous callers
/// choose the keys (ids, dates), so the cache is bounded by bytes and evicts the least recently used answer first.
/// </summary>
internal sealed class LookupAnswerCache(IOptions<LookupOptions> options)
{
    /// <summary>What an entry holds beyond its key and body: the records, the strings of its headers and the ETag.</summary>
    private const int EntryOverheadBytes = 256;

    private readonly ByteBoundedCache<Entry>? _entries =
        options.Value.AnswerCacheBytes > 0 ? new ByteBoundedCache<Entry>(options.Value.AnswerCacheBytes) : null;

    public bool TryGet(string key, long stamp, out LookupAnswer answer)
    {
        answer = null!;
        if (_entries is null || !_entries.TryGet(key, out var entry) || entry.Stamp != stamp) return false;
        answer = entry.Answer;
        return true;
    }

    public void Add(string key, long stamp, LookupAnswer answer) =>
        _entries?.Set(key, new Entry(stamp, answer), EntryOverheadBytes + answer.Body.Length);

    private sealed record Entry(long Stamp, LookupAnswer Answer);
}
