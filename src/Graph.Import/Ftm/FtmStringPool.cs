using System.Text.Json;

namespace Graph.Import.Ftm;

/// <summary>
/// Hands out one string instance per distinct text, so that a million lines do not allocate a million copies of
/// "name", "Person" or "de". Fewer live objects
/// make the garbage collector's work on a large import much smaller.
/// </summary>
internal sealed class FtmStringPool
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly char[] _chars;
    private readonly int _maxCount;

    /// <param name="maxLength">Longer texts are returned unpooled: they are unlikely to repeat.</param>
    /// <param name="maxCount">Once full, the pool hands out new strings unpooled; this bounds memory on hostile input.</param>
    public FtmStringPool(int maxLength, int maxCount)
    {
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        _chars = new char[maxLength];
        _maxCount = maxCount;
    }

    /// <summary>The current string or property-name token, pooled.</summary>
    public string Get(ref Utf8JsonReader reader)
    {
        // An escaped or multi-byte text is never longer in chars than in bytes.
        if (reader.ValueSpan.Length > _chars.Length) return reader.GetString()!;
        var text = _chars.AsSpan(0, reader.CopyString(_chars));
        if (_lookup.TryGetValue(text, out var pooled)) return pooled;
        var created = text.ToString();
        if (_strings.Count < _maxCount) _strings.Add(created, created);
        return created;
    }
}
