using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>
/// Which part of an entity's neighbourhood a read returns: the entities within <paramref name="Hops"/>, breadth
/// first, up to <paramref name="Limit"/> of them after the cursor <see cref="After"/>.
/// </summary>
public sealed record NeighbourhoodQuery(int Hops, int Limit)
{
    /// <summary>Follows only relationships that held on this day; null follows every one.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Follows only relationships of these types; empty follows every type.</summary>
    public IReadOnlyCollection<string> Types { get; init; } = [];

    /// <summary>Reaches only entities of these kinds (the start entity is always there); empty reaches every kind.</summary>
    public IReadOnlyCollection<EntityKind> Kinds { get; init; } = [];

    /// <summary>The cursor of the previous page (<see cref="Subgraph.EndCursor"/>); null for the first page.</summary>
    public string? After { get; init; }
}
