using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>Records to write together, atomically.</summary>
public sealed record GraphBatch(
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Sanction> Sanctions,
    IReadOnlyList<Relationship> Relationships)
{
    /// <summary>True when the batch holds nothing.</summary>
    public bool IsEmpty => Entities.Count == 0 && Sanctions.Count == 0 && Relationships.Count == 0;
}
