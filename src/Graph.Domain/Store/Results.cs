using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>An entity that matched a search, with a relevance score between 0 and 1.</summary>
public sealed record SearchHit(double Score, Entity Entity);

/// <summary>A chain of relationships: <see cref="EntityIds"/> has one more item than <see cref="Relationships"/>.</summary>
public sealed record GraphPath(IReadOnlyList<string> EntityIds, IReadOnlyList<Relationship> Relationships)
{
    /// <summary>The number of relationships in the chain.</summary>
    public int Length => Relationships.Count;
}

/// <summary>
/// Entities and the relationships among them; <see cref="Truncated"/> says a limit cut it short: more entities remain,
/// on the page after <see cref="EndCursor"/>.
/// </summary>
public sealed record Subgraph(IReadOnlyList<string> EntityIds, IReadOnlyList<Relationship> Relationships, bool Truncated)
{
    /// <summary>The cursor that resumes after the last entity of this page.</summary>
    public string? EndCursor { get; init; }
}

/// <summary>What happened to a designation.</summary>
public enum ChangeKind
{
    /// <summary>The sanction was first listed or first seen in a publication.</summary>
    Added,

    /// <summary>The sanction ended: delisted, or an end date was set.</summary>
    Ended,
}

/// <summary>One entry of the change feed: a designation added or ended on a day.</summary>
public sealed record DesignationChange(ChangeKind Kind, PartialDate Date, Sanction Sanction);
