namespace Graph.Import.Ofac;

/// <summary>FollowTheMoney properties being gathered for one entity: names in first-seen order, values without repeats.</summary>
internal sealed class OfacProperties
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    public void Add(string property, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        if (!_values.TryGetValue(property, out var values)) _values[property] = values = [];
        if (!values.Contains(value, StringComparer.Ordinal)) values.Add(value);
    }

    public IReadOnlyList<string> this[string property] => _values.TryGetValue(property, out var values) ? values : [];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> ToDictionary() =>
        _values.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
}
