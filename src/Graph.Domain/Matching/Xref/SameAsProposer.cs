using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Domain.Matching.Xref;

/// <summary>
/// Cross-referencing: proposes sameAs links between entities of different datasets, best first, and never merges
/// anything. Each entity of the smaller side is matched as a query (<see cref="EntityAsQuery"/>); a hit from another
/// dataset that reaches the score becomes a proposal, unless a reviewer already linked the pair (same_as) or
/// rejected it (not_same_as). Proposals are kept until the store changes, so that paging through them is cheap.
/// </summary>
public sealed class SameAsProposer(IGraphStore store, EntityMatcher matcher)
{
    /// <summary>The kinds of entity that lists name and sources describe twice; countries, positions and events are not proposed.</summary>
    public static readonly IReadOnlyList<EntityKind> MatchedKinds =
        [EntityKind.Person, EntityKind.Organization, EntityKind.Company, EntityKind.PublicBody, EntityKind.Vessel, EntityKind.Aircraft];

    private const int HitsPerEntity = 10;
    private const int Chunk = 200;
    private static readonly RelationshipFilter Decisions = new([RelationshipTypes.SameAs, RelationshipTypes.NotSameAs], Direction.Both);

    private readonly Lock _gate = new();
    private readonly Dictionary<(string Scope, double MinScore), (long Stamp, IReadOnlyList<SameAsCandidate> Proposals)> _cache = [];

    /// <summary>The proposals of a scope at a score or more, best first.</summary>
    /// <param name="scope">Which datasets to compare.</param>
    /// <param name="minScore">The least score a proposal has.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <param name="maxEntities">Refuse (with <see cref="XrefTooLargeException"/>) a store with more matched entities than this.</param>
    public async Task<IReadOnlyList<SameAsCandidate>> ProposeAsync(XrefScope scope, double minScore, int maxEntities = int.MaxValue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var stamp = await store.GetChangeStampAsync(cancellationToken);
        var key = (scope.Key, minScore);
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached) && cached.Stamp == stamp) return cached.Proposals;
        }
        var proposals = await ComputeAsync(scope, minScore, maxEntities, cancellationToken);
        lock (_gate)
        {
            if (_cache.Count >= 16) _cache.Clear();
            _cache[key] = (stamp, proposals);
        }
        return proposals;
    }

    private async Task<IReadOnlyList<SameAsCandidate>> ComputeAsync(XrefScope scope, double minScore, int maxEntities, CancellationToken cancellationToken)
    {
        var datasetsById = await DatasetsOfEveryEntityAsync(maxEntities, cancellationToken);
        var (left, right) = Sides(scope, datasetsById);
        var leftIds = datasetsById.Where(p => p.Value.Any(left.Contains)).Select(p => p.Key).ToList();
        var proposals = new Dictionary<(string, string), SameAsCandidate>();
        foreach (var chunk in leftIds.Chunk(Chunk))
        {
            var entities = await store.GetEntitiesAsync(chunk, cancellationToken);
            var decided = (await store.GetRelationshipsAsync(chunk, Decisions, cancellationToken)).Select(r => PairOf(r.FromId, r.ToId)).ToHashSet();
            foreach (var entity in entities.Values)
            {
                var own = datasetsById[entity.Id];
                var hits = await matcher.MatchAsync(EntityAsQuery.Of(entity), new MatchOptions(HitsPerEntity, minScore), cancellationToken);
                foreach (var hit in hits)
                {
                    if (!hit.Match || hit.Entity.Id == entity.Id || hit.Datasets.Any(own.Contains)) continue;
                    if (right is not null && !hit.Datasets.Any(right.Contains)) continue;
                    if ((hit.Entity.Kind == EntityKind.Person) != (entity.Kind == EntityKind.Person)) continue;
                    var pair = PairOf(entity.Id, hit.Entity.Id);
                    if (decided.Contains(pair)) continue;
                    if (proposals.TryGetValue(pair, out var earlier) && earlier.Score >= hit.Score) continue;
                    proposals[pair] = new SameAsCandidate(entity, hit.Entity, hit.Score, hit.Explanations, own, hit.Datasets);
                }
            }
        }
        return [.. proposals.Values.OrderByDescending(p => p.Score).ThenBy(p => p.Left.Id, StringComparer.Ordinal).ThenBy(p => p.Right.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The datasets whose entities are asked about, and those their hits must come from (null: any other). When both
    /// sides are the same datasets, the largest is left out of the asking side: its pairs are found from the others.
    /// </summary>
    private static (HashSet<string> Left, HashSet<string>? Right) Sides(XrefScope scope, IReadOnlyDictionary<string, IReadOnlyList<string>> datasetsById)
    {
        var sizes = datasetsById.Values.SelectMany(d => d).CountBy(d => d, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var left = (scope.Datasets.Count > 0 ? scope.Datasets.Where(sizes.ContainsKey) : sizes.Keys).ToHashSet(StringComparer.Ordinal);
        HashSet<string>? right = scope.Against.Count > 0 ? scope.Against.ToHashSet(StringComparer.Ordinal) : null;
        var symmetric = right is null ? scope.Datasets.Count != 1 : right.SetEquals(left) || right.SetEquals(scope.Datasets);
        if (right is not null && !symmetric) left.ExceptWith(right);
        if (symmetric && left.Count > 1) left.Remove(left.MaxBy(d => sizes[d])!);
        return (left, right);
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> DatasetsOfEveryEntityAsync(int maxEntities, CancellationToken cancellationToken)
    {
        var datasets = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var filter = new EntityFilter(MatchedKinds);
        string? after = null;
        do
        {
            var page = await store.ListEntitiesAsync(filter, new PageRequest(PageRequest.MaxSize, after), cancellationToken);
            if (page.TotalCount > maxEntities) throw new XrefTooLargeException(page.TotalCount, maxEntities);
            var ids = page.Items.Select(i => i.Node.Id).ToList();
            foreach (var (id, of) in await matcher.DatasetsOfAsync(ids, cancellationToken)) datasets[id] = of;
            after = page.HasNextPage ? page.Items[^1].Cursor : null;
        }
        while (after is not null);
        return datasets;
    }

    private static (string, string) PairOf(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}

/// <summary>Cross-referencing was asked of more entities than the caller allows in one go.</summary>
public sealed class XrefTooLargeException(long entities, int allowed)
    : Exception($"cross-referencing {entities} entities at once is more than the {allowed} this surface allows; name the datasets to compare, or run `graph xref` on the store.")
{
    /// <summary>How many entities the scope held.</summary>
    public long Entities { get; } = entities;
}
