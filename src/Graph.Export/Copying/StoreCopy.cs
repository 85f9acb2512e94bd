using Graph.Domain.Store;
using Graph.Export.Reading;

namespace Graph.Export.Copying;

/// <summary>How many records a copy has written so far.</summary>
public sealed record CopyProgress(long Entities, long Sanctions, long Relationships);

/// <summary>
/// Copies a whole graph from one store into another, a page at a time: every entity first, then the sanctions and
/// relationships that point at them. Each page is one write, a transaction of its own on the target; writes
/// replace records by id, so a copy that was interrupted is finished by running it again.
/// </summary>
public static class StoreCopy
{
    public static async Task<CopyProgress> CopyAsync(
        IGraphStore source, IGraphStore target, IProgress<CopyProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var copied = new CopyProgress(0, 0, 0);
        await foreach (var entities in GraphPages.EntitiesAsync(source, cancellationToken))
        {
            await target.WriteAsync(new GraphBatch(entities, [], []), cancellationToken);
            copied = copied with { Entities = copied.Entities + entities.Count };
            progress?.Report(copied);
        }
        await foreach (var sanctions in GraphPages.SanctionsAsync(source, cancellationToken))
        {
            await target.WriteAsync(new GraphBatch([], sanctions, []), cancellationToken);
            copied = copied with { Sanctions = copied.Sanctions + sanctions.Count };
            progress?.Report(copied);
        }
        await foreach (var (_, relationships) in GraphPages.RelationshipsAsync(source, Direction.Outgoing, cancellationToken))
        {
            if (relationships.Count == 0) continue;
            await target.WriteAsync(new GraphBatch([], [], relationships), cancellationToken);
            copied = copied with { Relationships = copied.Relationships + relationships.Count };
            progress?.Report(copied);
        }
        return copied;
    }
}
