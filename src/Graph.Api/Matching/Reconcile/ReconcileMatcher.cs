using Graph.Domain.Matching;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Api.Matching.Reconcile;

/// <summary>
/// Runs a batch of reconciliation queries and makes each one's candidates: the entities whose ids were given first, at
/// the full score, then the matcher's hits of the types asked for, best first. Scores are standardized to 0..100 in both
/// versions; <c>match</c> is the matcher's, at its default threshold.
/// </summary>
internal sealed class ReconcileMatcher(MatchBatch batch, IGraphStore store)
{
    public const double FullScore = 100;

    /// <summary>The candidates of each query, in order; null when the service was too busy (503).</summary>
    public async Task<IReadOnlyList<IReadOnlyList<ReconcileCandidateJson>>?> RunAsync(IReadOnlyList<ReconcileQuery> queries, CancellationToken cancellationToken)
    {
        var options = new MatchOptions(MatchOptions.MaxFirst);
        var hits = await batch.RunAsync([.. queries.Select(q => q.Query)], [.. queries.Select(_ => options)], cancellationToken);
        if (hits is null) return null;
        var ids = queries.SelectMany(q => q.Ids).Distinct(StringComparer.Ordinal).ToList();
        var byId = ids.Count == 0 ? new Dictionary<string, Entity>() : await store.GetEntitiesAsync(ids, cancellationToken);
        var given = byId.Count == 0 ? new Dictionary<string, IReadOnlyList<string>>() : await batch.DatasetsOfAsync([.. byId.Keys], cancellationToken);
        return [.. queries.Select((query, i) => Candidates(query, hits[i] ?? [], byId, given))];
    }

    private static IReadOnlyList<ReconcileCandidateJson> Candidates(
        ReconcileQuery query, IReadOnlyList<MatchHit> hits, IReadOnlyDictionary<string, Entity> byId, IReadOnlyDictionary<string, IReadOnlyList<string>> datasets)
    {
        var exact = query.Ids.Where(byId.ContainsKey).Select(id => byId[id])
            .Select(e => Candidate(e, datasets[e.Id], FullScore, true, []));
        var matched = hits.Where(h => query.Accepts.Contains(h.Entity.Kind) && !query.Ids.Contains(h.Entity.Id))
            .Select(h => Candidate(h.Entity, h.Datasets, Math.Round(h.Score * FullScore, 2), h.Match, h.Explanations));
        return [.. exact.Concat(matched).Take(query.Limit)];
    }

    private static ReconcileCandidateJson Candidate(Entity entity, IReadOnlyList<string> datasets, double score, bool match, IReadOnlyList<MatchExplanation> explanations) =>
        new(entity.Id, entity.Name, Describe(entity, datasets), [TypeOf(entity.Kind)], score,
            [.. explanations.DistinctBy(e => e.Feature, StringComparer.Ordinal).Select(e => new ReconcileFeatureJson(e.Feature, MatchFeatures.Label(e.Feature), e.Score))],
            match);

    /// <summary>The type of an entity of this graph, as the FtM schema it has in answers.</summary>
    public static ReconcileTypeJson TypeOf(EntityKind kind) => new(FtmSchemas.NameOf(kind), FtmSchemas.LabelOf(kind));

    /// <summary>What tells namesakes apart at a glance: the kind, the birth date, the nationality and the lists.</summary>
    public static string Describe(Entity entity, IReadOnlyList<string> datasets)
    {
        var parts = new List<string> { FtmSchemas.LabelOf(entity.Kind) };
        if (entity.Property("birthDate") is [var born, ..]) parts.Add("born " + born);
        if (entity.Property("nationality").Count > 0) parts.Add(string.Join(", ", entity.Property("nationality").Take(3)));
        parts.Add(string.Join(", ", datasets));
        return string.Join(" · ", parts);
    }
}
