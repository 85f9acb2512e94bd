using System.Collections.Concurrent;
using Graph.Domain.Model;
using Graph.Domain.Store;
using GraphQL.DataLoader;

namespace Graph.GraphQL.Loaders;

/// <summary>The data loaders of one request; every field that follows a relationship goes through one of them.</summary>
internal sealed class GraphLoaders(IGraphStore store)
{
    private readonly ConcurrentDictionary<string, BatchLoader<string, IReadOnlyList<Relationship>>> _relationships = new(StringComparer.Ordinal);

    private BatchLoader<string, Entity> Entities { get; } = new(store.GetEntitiesAsync);

    private BatchLoader<string, IReadOnlyList<Sanction>> Sanctions { get; } = new(async (ids, ct) =>
        (await store.GetSanctionsTargetingAsync(ids, ct))
            .GroupBy(s => s.TargetId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Sanction>)[.. g], StringComparer.Ordinal),
        missing: []);

    public IDataLoaderResult<Entity?> Entity(string id) => Entities.Load(id);

    public IDataLoaderResult<IReadOnlyList<Sanction>?> SanctionsTargeting(string entityId) => Sanctions.Load(entityId);

    public IDataLoaderResult<IReadOnlyList<Relationship>?> RelationshipsOf(string entityId, RelationshipFilter filter)
    {
        var key = $"{filter.Direction}|{string.Join(',', filter.Types.Order(StringComparer.Ordinal))}";
        var loader = _relationships.GetOrAdd(key, _ => new BatchLoader<string, IReadOnlyList<Relationship>>(async (ids, ct) =>
        {
            var found = await store.GetRelationshipsAsync(ids, filter, ct);
            return ids.ToDictionary(id => id, id => (IReadOnlyList<Relationship>)[.. found.Where(r => Touches(r, id, filter.Direction))], StringComparer.Ordinal);
        }, missing: []));
        return loader.Load(entityId);
    }

    private static bool Touches(Relationship r, string id, Direction direction) => direction switch
    {
        Direction.Outgoing => r.FromId == id,
        Direction.Incoming => r.ToId == id,
        _ => r.FromId == id || r.ToId == id,
    };
}
