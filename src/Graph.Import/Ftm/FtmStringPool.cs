using System.Text.Json;

namespace Graph.Import.Ftm;

/// <summary>
/// Hands out one string instance per distinct short text (property names, schemata, datasets), so that a
/// million lines do not allocate a million copies of "name" or "Person".
/// </summary>
internal sealed class FtmStringPool
{
    // Beyond these, texts are unlikely to repeat; the limit also bounds memory on hostile input.
    private const int MaxLength = 128;
    private const int MaxCount = 16_384;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly char[] _chars = new char[MaxLength];

    public FtmStringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The current string or property-name token, pooled.</summary>
    public string Get(ref Utf8JsonReader reader)
    {
        // An escaped or multi-byte text is never longer in chars than in bytes.
        if (reader.ValueSpan.Length > MaxLength) return reader.GetString()!;
        var length = reader.CopyString(_chars);
        var text = _chars.AsSpan(0, length);
        if (_lookup.TryGetValue(text, out var pooled)) return pooled;
        var created = text.ToString();
        if (_strings.Count < MaxCount) _strings.Add(created, created);
        return created;
    }
}
