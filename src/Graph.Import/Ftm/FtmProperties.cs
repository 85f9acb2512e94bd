namespace Graph.Import.Ftm;

/// <summary>
/// The properties of one line as two parallel arrays, looked up by a linear scan: an entity has a handful of
/// properties, and most lines (edges, addresses) are dropped after mapping, so a hash table would be wasted.
/// </summary>
internal sealed class FtmProperties
{
    public static readonly FtmProperties None = new([], []);

    private readonly string[] _names;
    private readonly string[][] _values;

    public FtmProperties(string[] names, string[][] values)
    {
        _names = names;
        _values = values;
    }

    public int Count => _names.Length;

    public IReadOnlyList<string> Values(string name)
    {
        var index = IndexOf(name);
        return index < 0 ? [] : _values[index];
    }

    /// <summary>What an entity keeps: the properties not in <paramref name="except"/>, each name once with its last list.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Without(string[] except)
    {
        if (_names.Length > FtmPropertyMap.MaxProperties) return Dictionary(except);
        var kept = 0UL;
        for (var i = 0; i < _names.Length; i++)
        {
            // A name given twice on one line keeps its last list, as JSON parsers commonly do.
            if (Array.IndexOf(except, _names[i]) < 0 && Array.LastIndexOf(_names, _names[i]) == i) kept |= 1UL << i;
        }
        return kept == 0 ? FtmPropertyMap.Empty : new FtmPropertyMap(_names, _values, kept);
    }

    /// <summary>What <see cref="Without"/> keeps of a line with more properties than a map can mark.</summary>
    private Dictionary<string, IReadOnlyList<string>> Dictionary(string[] except)
    {
        var dictionary = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var i = 0; i < _names.Length; i++)
        {
            if (Array.IndexOf(except, _names[i]) < 0) dictionary[_names[i]] = _values[i];
        }
        return dictionary;
    }

    private int IndexOf(string name)
    {
        // Searched from the end so that a repeated name yields its last list, as Without keeps it.
        for (var i = _names.Length - 1; i >= 0; i--)
        {
            if (string.Equals(_names[i], name, StringComparison.Ordinal)) return i;
        }
        return -1;
    }
}
