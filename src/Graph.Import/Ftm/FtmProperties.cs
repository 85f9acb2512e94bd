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

    /// <summary>A dictionary sized to fit, without the properties in <paramref name="except"/>: what an entity keeps.</summary>
    public Dictionary<string, IReadOnlyList<string>> ToDictionary(string[] except)
    {
        var kept = 0;
        for (var i = 0; i < _names.Length; i++) kept += Array.IndexOf(except, _names[i]) < 0 ? 1 : 0;
        var dictionary = new Dictionary<string, IReadOnlyList<string>>(kept, StringComparer.Ordinal);
        for (var i = 0; i < _names.Length; i++)
        {
            // A name given twice on one line keeps its last list, as JSON parsers commonly do.
            if (Array.IndexOf(except, _names[i]) < 0) dictionary[_names[i]] = _values[i];
        }
        return dictionary;
    }

    private int IndexOf(string name)
    {
        // Searched from the end so that a repeated name yields its last list, like ToDictionary.
        for (var i = _names.Length - 1; i >= 0; i--)
        {
            if (string.Equals(_names[i], name, StringComparison.Ordinal)) return i;
        }
        return -1;
    }
}
