using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>Records to write together, atomically.</summary>
public sealed record GraphBatch(
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Sanction> Sanctions,
    IReadOnlyList<Relationship> Relationships)
{
    /// <summary>Entities to delete, with the sanctions that target them and the relationships that touch them.</summary>
    public IReadOnlyList<string> DeletedEntityIds { get; init; } = [];

    /// <summary>Sanctions to delete.</summary>
    public IReadOnlyList<string> DeletedSanctionIds { get; init; } = [];

    /// <summary>Relationships to delete.</summary>
    public IReadOnlyList<string> DeletedRelationshipIds { get; init; } = [];

    /// <summary>True when the batch holds nothing to write or delete.</summary>
    public bool IsEmpty => Entities.Count == 0 && Sanctions.Count == 0 && Relationships.Count == 0
        && DeletedEntityIds.Count == 0 && DeletedSanctionIds.Count == 0 && DeletedRelationshipIds.Count == 0;
}
