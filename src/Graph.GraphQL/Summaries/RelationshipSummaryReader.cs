using Graph.Domain.Store;

namespace Graph.GraphQL.Summaries;

/// <summary>
/// Reads a <see cref="RelationshipSummary"/> through the store port: the entity's relationships on the day, then the
/// sanctions of its neighbours on that day. The caller is sent counts, not the relationships.
/// </summary>
internal static class RelationshipSummaryReader
{
    /// <summary>The summary, or null for an unknown id.</summary>
    public static async Task<RelationshipSummary?> ReadAsync(IGraphStore store, string id, SanctionTiming timing, CancellationToken cancellationToken)
    {
        if ((await store.GetEntitiesAsync([id], cancellationToken)).Count == 0) return null;
        var relationships = await store.GetRelationshipsAsync([id], RelationshipFilter.All with { AsOf = timing.AsOf }, cancellationToken);
        var groups = relationships
            .GroupBy(r => (r.Type, Direction: r.FromId == id ? Direction.Outgoing : Direction.Incoming))
            .Select(g => new RelationshipGroup(g.Key.Type, g.Key.Direction, g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Type, StringComparer.Ordinal).ThenBy(g => g.Direction)
            .ToList();
        var neighbours = relationships.Select(r => r.OtherEnd(id)).Where(other => other != id).Distinct(StringComparer.Ordinal).ToList();
        var sanctioned = neighbours.Count == 0
            ? 0
            : (await store.GetSanctionsTargetingAsync(neighbours, timing, cancellationToken)).Select(s => s.TargetId).Distinct(StringComparer.Ordinal).Count();
        return new RelationshipSummary(id, groups, neighbours.Count, sanctioned);
    }
}
