namespace Graph.Import.Ofac;

/// <summary>FollowTheMoney properties being gathered for one entity: names in first-seen order, values without repeats.</summary>
internal sealed class OfacProperties
{
    // Typed as the entity wants them, so the finished dictionary is handed over without a copy.
    private readonly Dictionary<string, IReadOnlyList<string>> _values = new(StringComparer.Ordinal);

    public void Add(string property, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        if (!_values.TryGetValue(property, out var values)) _values[property] = values = new List<string>(1);
        var list = (List<string>)values;
        if (!list.Contains(value)) list.Add(value);
    }

    public IReadOnlyList<string> this[string property] => _values.TryGetValue(property, out var values) ? values : [];

    /// <summary>The properties gathered; the caller takes them over and adds nothing more.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ToDictionary() => _values;
}
