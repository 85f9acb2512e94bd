namespace Graph.Domain.Store;

/// <summary>How many relationships of each type and direction touch an entity, and how many of its neighbours are sanctioned.</summary>
/// <param name="EntityId">The entity summarised.</param>
/// <param name="Groups">One per type and direction, the largest first, then by type.</param>
/// <param name="Neighbours">The distinct entities at the other end of a relationship.</param>
/// <param name="SanctionedNeighbours">Those of them the target of a sanction of their own (on the day the timing names).</param>
public sealed record RelationshipSummary(string EntityId, IReadOnlyList<RelationshipGroup> Groups, int Neighbours, int SanctionedNeighbours)
{
    /// <summary>The groups in the summary's order: the largest first, then by type, outgoing before incoming.</summary>
    public static IReadOnlyList<RelationshipGroup> Ordered(IEnumerable<RelationshipGroup> groups) =>
        [.. groups.OrderByDescending(g => g.Count).ThenBy(g => g.Type, StringComparer.Ordinal).ThenBy(g => g.Direction)];
}

/// <summary>The relationships of one type that point one way from the entity.</summary>
public sealed record RelationshipGroup(string Type, Direction Direction, int Count);
