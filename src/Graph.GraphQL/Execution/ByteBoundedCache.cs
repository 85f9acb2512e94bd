namespace Graph.GraphQL.Execution;

/// <summary>
/// A cache bounded by the bytes its entries hold, not by their number, that evicts the least recently used entry
/// first. Anonymous callers choose what goes in, so a count alone would let 16 KB documents grow it without limit;
/// each entry is charged for its key and for the size the caller states for its value.
/// </summary>
public sealed class ByteBoundedCache<TValue>
{
    /// <summary>What an entry costs beyond its key and value: the list node, the dictionary slot and their headers.</summary>
    private const long EntryOverheadBytes = 128;

    private readonly Dictionary<string, LinkedListNode<Slot>> _slots = new(StringComparer.Ordinal);
    private readonly LinkedList<Slot> _recency = new();
    private readonly Lock _lock = new();
    private long _bytes;

    /// <summary>A cache that holds at most <paramref name="capacityBytes"/> bytes of entries.</summary>
    public ByteBoundedCache(long capacityBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacityBytes);
        CapacityBytes = capacityBytes;
    }

    /// <summary>The most bytes the entries may hold together.</summary>
    public long CapacityBytes { get; }

    /// <summary>The bytes the entries hold now.</summary>
    public long Bytes
    {
        get { lock (_lock) return _bytes; }
    }

    /// <summary>How many entries the cache holds now.</summary>
    public int Count
    {
        get { lock (_lock) return _slots.Count; }
    }

    /// <summary>The value kept for the key, which becomes the most recently used.</summary>
    public bool TryGet(string key, out TValue value)
    {
        lock (_lock)
        {
            if (_slots.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                value = node.Value.Value;
                return true;
            }
        }
        value = default!;
        return false;
    }

    /// <summary>
    /// Keeps the value, replacing any kept for the key, and evicts the least recently used entries until the cache
    /// fits. A value too large to fit on its own is not kept.
    /// </summary>
    public void Set(string key, TValue value, long valueBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(valueBytes);
        var bytes = EntryOverheadBytes + 2L * key.Length + valueBytes;
        lock (_lock)
        {
            if (_slots.Remove(key, out var old)) Drop(old);
            if (bytes > CapacityBytes) return;
            while (_bytes + bytes > CapacityBytes && _recency.Last is { } oldest)
            {
                _slots.Remove(oldest.Value.Key);
                Drop(oldest);
            }
            _slots[key] = _recency.AddFirst(new Slot(key, value, bytes));
            _bytes += bytes;
        }
    }

    private void Drop(LinkedListNode<Slot> node)
    {
        _recency.Remove(node);
        _bytes -= node.Value.Bytes;
    }

    private readonly record struct Slot(string Key, TValue Value, long Bytes);
}
