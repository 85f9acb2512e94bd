namespace Graph.Domain.Model;

/// <summary>A typed, directed edge between two entities.</summary>
/// <param name="Id">The stable id.</param>
/// <param name="Type">One of <see cref="RelationshipTypes.All"/>.</param>
/// <param name="FromId">The entity the edge starts at (the member, holder, owner, supporter…).</param>
/// <param name="ToId">The entity the edge ends at (the organisation, position, asset, the one supported…).</param>
public sealed record Relationship(string Id, string Type, string FromId, string ToId)
{
    /// <summary>How the source words the tie, e.g. "Defense Minister" or "brother-in-law".</summary>
    public string? Role { get; init; }

    /// <summary>When the tie began.</summary>
    public PartialDate? StartDate { get; init; }

    /// <summary>When the tie ended.</summary>
    public PartialDate? EndDate { get; init; }

    /// <summary>An editor's note, e.g. how a date was fixed.</summary>
    public string? Note { get; init; }

    /// <summary>The sources that state the tie.</summary>
    public IReadOnlyList<Source> Sources { get; init; } = [];

    /// <summary>The entity at the other end from <paramref name="entityId"/>.</summary>
    public string OtherEnd(string entityId) => FromId == entityId ? ToId : FromId;
}
