namespace Graph.Domain.Store;

/// <summary>The rules of a write in parts (<see cref="IGraphStore.WriteInPartsAsync"/>), for the stores.</summary>
public static class GraphBatchParts
{
    /// <summary>Refuses a part after the first that deletes: a write in parts deletes only before its first records.</summary>
    public static void RefuseDeletions(GraphBatch part)
    {
        ArgumentNullException.ThrowIfNull(part);
        if (part.DeletedEntityIds.Count > 0 || part.DeletedSanctionIds.Count > 0 || part.DeletedRelationshipIds.Count > 0)
        {
            throw new ArgumentException("Only the first part of a write in parts may delete; a later part deletes, so nothing was written.", nameof(part));
        }
    }

    /// <summary>The parts as one batch: their records in order, and the first part's deletions.</summary>
    public static GraphBatch Join(IReadOnlyList<GraphBatch> parts) => new(
        [.. parts.SelectMany(part => part.Entities)], [.. parts.SelectMany(part => part.Sanctions)], [.. parts.SelectMany(part => part.Relationships)])
    {
        DeletedEntityIds = parts[0].DeletedEntityIds,
        DeletedSanctionIds = parts[0].DeletedSanctionIds,
        DeletedRelationshipIds = parts[0].DeletedRelationshipIds,
    };
}
