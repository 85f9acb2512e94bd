namespace Graph.Import.Ofac;

/// <summary>What the Remarks of one sdn.csv row say, sorted into properties, other names and links to other rows.</summary>
internal sealed class OfacRemarks
{
    public OfacProperties Properties { get; } = new();

    /// <summary>The names of a.k.a., f.k.a. and n.k.a. items, in the order written.</summary>
    public List<string> Aliases { get; } = [];

    /// <summary>The "Linked To:" items, to be resolved against the names of the other rows.</summary>
    public List<OfacLink> Links { get; } = [];
}

/// <summary>A "Linked To:" item of the Remarks.</summary>
/// <param name="Name">The SDN_Name it names, as written.</param>
/// <param name="Item">The whole item as written, e.g. "Linked To: MAHAN AIR.": the quote of the relationship.</param>
/// <param name="Alternative">The name without the full stop that closes the Remarks, when the item is the last one.</param>
internal sealed record OfacLink(string Name, string Item, string? Alternative);
