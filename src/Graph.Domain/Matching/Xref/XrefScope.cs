namespace Graph.Domain.Matching.Xref;

/// <summary>
/// Which datasets to cross-reference: pairs with one end in <see cref="Datasets"/> and the other in
/// <see cref="Against"/>, never two ends of one dataset. An empty list means every dataset.
/// </summary>
public sealed record XrefScope(IReadOnlyList<string> Datasets, IReadOnlyList<string> Against)
{
    /// <summary>Every dataset against every other.</summary>
    public static XrefScope All { get; } = new([], []);

    /// <summary>Pairs among the given datasets, each against the others; every dataset against every other when none are given.</summary>
    public static XrefScope Among(IReadOnlyList<string> datasets) => new(datasets, datasets.Count > 1 ? datasets : []);

    /// <summary>The key the proposals of this scope are cached under.</summary>
    internal string Key => string.Join(',', Datasets.Order(StringComparer.Ordinal)) + "|" + string.Join(',', Against.Order(StringComparer.Ordinal));
}
