using System.Collections.Concurrent;
using Graph.Domain.Model;
using Graph.Domain.Store;
using GraphQL.DataLoader;

namespace Graph.GraphQL.Loaders;

/// <summary>
/// The data loaders of one request; every field that follows a relationship goes through one of them. Reads as of a
/// day batch with the other reads of the same day.
/// </summary>
internal sealed class GraphLoaders(IGraphStore store)
{
    private readonly ConcurrentDictionary<string, BatchLoader<string, IReadOnlyList<Relationship>>> _relationships = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<SanctionTiming, BatchLoader<string, IReadOnlyList<Sanction>>> _sanctions = new();

    private BatchLoader<string, Entity> Entities { get; } = new(store.GetEntitiesAsync);

    public IDataLoaderResult<Entity?> Entity(string id) => Entities.Load(id);

    /// <summary>The sanctions imposed on this entity itself, on the day the timing names.</summary>
    public IDataLoaderResult<IReadOnlyList<Sanction>?> SanctionsTargeting(string entityId, SanctionTiming timing) =>
        SanctionsOn(timing).Load(entityId);

    /// <summary>The entities tied to this one by explicit same_as links that held on the day (every link without one), in either direction.</summary>
    public IDataLoaderResult<IReadOnlyList<string>> SameAs(string entityId, DateOnly? asOf) =>
        new ChainedResult<IReadOnlyList<Relationship>?, IReadOnlyList<string>>(
            RelationshipsOf(entityId, SameAsFilter with { AsOf = asOf }),
            links => [.. (links ?? []).Select(r => r.OtherEnd(entityId)).Distinct(StringComparer.Ordinal)]);

    /// <summary>
    /// The sanctions on this entity and on every entity linked to it by same_as; the target of each says
    /// which entity it was imposed on, and so where it came from.
    /// </summary>
    public IDataLoaderResult<IDataLoaderResult<IReadOnlyList<Sanction>>> SanctionsIncludingSameAs(string entityId, SanctionTiming timing) =>
        new ChainedResult<IReadOnlyList<string>, IDataLoaderResult<IReadOnlyList<Sanction>>>(
            SameAs(entityId, timing.AsOf),
            linked => new ChainedResult<IReadOnlyList<IReadOnlyList<Sanction>?>, IReadOnlyList<Sanction>>(
                new ManyResult<IReadOnlyList<Sanction>>([.. linked.Prepend(entityId).Select(SanctionsOn(timing).Load)]),
                lists => [.. lists.SelectMany(list => list ?? [])]));

    public IDataLoaderResult<IReadOnlyList<Relationship>?> RelationshipsOf(string entityId, RelationshipFilter filter)
    {
        var key = $"{filter.Direction}|{filter.AsOf:O}|{string.Join(',', filter.Types.Order(StringComparer.Ordinal))}";
        var loader = _relationships.GetOrAdd(key, _ => new BatchLoader<string, IReadOnlyList<Relationship>>(async (ids, ct) =>
        {
            var found = await store.GetRelationshipsAsync(ids, filter, ct);
            return ids.ToDictionary(id => id, id => (IReadOnlyList<Relationship>)[.. found.Where(r => Touches(r, id, filter.Direction))], StringComparer.Ordinal);
        }, missing: []));
        return loader.Load(entityId);
    }

    private BatchLoader<string, IReadOnlyList<Sanction>> SanctionsOn(SanctionTiming timing) =>
        _sanctions.GetOrAdd(timing, _ => new BatchLoader<string, IReadOnlyList<Sanction>>(async (ids, ct) =>
            (await store.GetSanctionsTargetingAsync(ids, timing, ct))
                .GroupBy(s => s.TargetId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<Sanction>)[.. g], StringComparer.Ordinal),
            missing: []));

    private static readonly RelationshipFilter SameAsFilter = new([RelationshipTypes.SameAs], Direction.Both);

    private static bool Touches(Relationship r, string id, Direction direction) => direction switch
    {
        Direction.Outgoing => r.FromId == id,
        Direction.Incoming => r.ToId == id,
        _ => r.FromId == id || r.ToId == id,
    };
}
