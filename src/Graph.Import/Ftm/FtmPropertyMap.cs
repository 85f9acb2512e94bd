using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace Graph.Import.Ftm;

/// <summary>
/// The properties an imported entity keeps: those of its line's arrays that <paramref name="kept"/> marks (bit i for
/// property i), looked up by a linear scan. An entity has a handful of properties, and a million entities held until
/// the write would each cost the collector a Dictionary of three objects, or two new arrays.
/// </summary>
internal sealed class FtmPropertyMap(string[] names, string[][] values, ulong kept) : IReadOnlyDictionary<string, IReadOnlyList<string>>
{
    /// <summary>The most properties a map can mark; a line with more is copied into arrays of its own.</summary>
    public const int MaxProperties = 64;

    public static readonly FtmPropertyMap Empty = new([], [], 0);

    public int Count => BitOperations.PopCount(kept);

    public IEnumerable<string> Keys => this.Select(property => property.Key);

    public IEnumerable<IReadOnlyList<string>> Values => this.Select(property => property.Value);

    public IReadOnlyList<string> this[string key] =>
        TryGetValue(key, out var found) ? found : throw new KeyNotFoundException($"The entity has no property '{key}'.");

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out IReadOnlyList<string> value)
    {
        var index = IndexOf(key);
        value = index < 0 ? null : values[index];
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, IReadOnlyList<string>>> GetEnumerator()
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (Keeps(i)) yield return new(names[i], values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private bool Keeps(int index) => (kept & (1UL << index)) != 0;

    private int IndexOf(string key)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (Keeps(i) && string.Equals(names[i], key, StringComparison.Ordinal)) return i;
        }
        return -1;
    }
}
