namespace Graph.Import.Eu;

/// <summary>
/// One element of a sanctionEntity as read from the file: its local name, the line it starts on, its attributes
/// (each with its line), its text and its child elements. The reader builds one entry's tree at a time.
/// </summary>
internal sealed class EuNode(string name, int line)
{
    public string Name { get; } = name;

    public int Line { get; } = line;

    public Dictionary<string, (string Value, int Line)> Attributes { get; } = new(StringComparer.Ordinal);

    public List<EuNode> Children { get; } = [];

    public string? Text { get; set; }

    /// <summary>Set when the element nests deeper than the format does; its content was passed over.</summary>
    public bool TooDeep { get; set; }

    /// <summary>Whether this element or one inside it nests deeper than the format does.</summary>
    public bool HasTooDeep => TooDeep || Children.Any(c => c.HasTooDeep);

    /// <summary>The attribute's value, trimmed; null when it is missing or blank, as the EU writes absent values (<c>middleName=""</c>).</summary>
    public string? Attribute(string attribute) =>
        Attributes.TryGetValue(attribute, out var found) && !string.IsNullOrWhiteSpace(found.Value) ? found.Value.Trim() : null;

    /// <summary>The line of the attribute, else of the element.</summary>
    public int LineOf(string attribute) => Attributes.TryGetValue(attribute, out var found) ? found.Line : Line;

    /// <summary>The child elements of this name, in file order.</summary>
    public IEnumerable<EuNode> All(string child) => Children.Where(c => c.Name == child);

    /// <summary>The trimmed text of the first child of this name, or null when it is missing or blank.</summary>
    public string? TextOf(string child) =>
        All(child).Select(c => c.Text?.Trim()).FirstOrDefault(t => !string.IsNullOrEmpty(t));
}
