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

    /// <summary>The entities tied to this one by explicit same_as links, in either direction.</summary>
    public IDataLoaderResult<IReadOnlyList<string>> SameAs(string entityId) =>
        new ChainedResult<IReadOnlyList<Relationship>?, IReadOnlyList<string>>(
            RelationshipsOf(entityId, SameAsFilter),
            links => [.. (links ?? []).Select(r => r.OtherEnd(entityId)).Distinct(StringComparer.Ordinal)]);

    /// <summary>
    /// The sanctions on this entity and on every entity linked to it by same_as; the target of each says
    /// which entity it was imposed on, and so where it came from.
    /// </summary>
    public IDataLoaderResult<IDataLoaderResult<IReadOnlyList<Sanction>>> SanctionsIncludingSameAs(string entityId) =>
        new ChainedResult<IReadOnlyList<string>, IDataLoaderResult<IReadOnlyList<Sanction>>>(
            SameAs(entityId),
            linked => new ChainedResult<IReadOnlyList<IReadOnlyList<Sanction>?>, IReadOnlyList<Sanction>>(
                new ManyResult<IReadOnlyList<Sanction>>([.. linked.Prepend(entityId).Select(Sanctions.Load)]),
                lists => [.. lists.SelectMany(list => list ?? [])]));

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

    private static readonly RelationshipFilter SameAsFilter = new([RelationshipTypes.SameAs], Direction.Both);

    private static bool Touches(Relationship r, string id, Direction direction) => direction switch
    {
        Direction.Outgoing => r.FromId == id,
        Direction.Incoming => r.ToId == id,
        _ => r.FromId == id || r.ToId == id,
    };
}
