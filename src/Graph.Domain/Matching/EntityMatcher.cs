using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Domain.Matching;

/// <summary>
/// Answers "which listed entity is this, how sure, and why": finds a bounded set of candidates through the store,
/// scores each with <see cref="MatchScorer"/>, and returns the best first. Every surface (GraphQL, the yente-style
/// REST, OpenRefine reconciliation, xref) matches through it, so that they agree.
/// </summary>
public sealed class EntityMatcher(IGraphStore store)
{
    /// <summary>The dataset of entities no imported list carries: the hand-written facts of the seed.</summary>
    public const string SeedDataset = "seed";

    /// <summary>How many candidates are scored per query, whatever the name: the bound on a match's work.</summary>
    public const int CandidateLimit = 128;

    /// <summary>The best hits for a query, best first, at most <see cref="MatchOptions.First"/>.</summary>
    public async Task<IReadOnlyList<MatchHit>> MatchAsync(MatchQuery query, MatchOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(options);
        var candidates = await store.FindMatchCandidatesAsync(new MatchCandidateQuery(MatchKeys.OfQuery(query), CandidateLimit), cancellationToken);
        if (candidates.EntityIds.Count == 0) return [];
        var entities = await store.GetEntitiesAsync(candidates.EntityIds, cancellationToken);
        var kept = entities.Values.Where(e => query.Kind is null || KindsCompatible(query.Kind.Value, e.Kind));
        // The datasets of every candidate only when they filter; otherwise only those of the hits returned.
        IReadOnlyDictionary<string, IReadOnlyList<string>>? datasets = null;
        if (options.Dataset is { } dataset)
        {
            datasets = await DatasetsOfAsync([.. entities.Keys], cancellationToken);
            kept = kept.Where(e => datasets[e.Id].Contains(dataset, StringComparer.Ordinal));
        }
        var scorer = new MatchScorer(query, new TokenRarity(candidates.KeyCounts));
        var best = kept
            .Select(e => (Entity: e, Result: scorer.Score(e)))
            .OrderByDescending(s => s.Result.Score)
            .ThenBy(s => s.Entity.Id, StringComparer.Ordinal)
            .Take(Math.Clamp(options.First, 1, MatchOptions.MaxFirst))
            .ToList();
        datasets ??= await DatasetsOfAsync([.. best.Select(s => s.Entity.Id)], cancellationToken);
        return [.. best.Select(s => new MatchHit(s.Result.Score, s.Result.Score >= options.Threshold, s.Entity, datasets[s.Entity.Id], s.Result.Explanations))];
    }

    /// <summary>The datasets of each entity: those of the sanctions on it, or <see cref="SeedDataset"/> when none names one.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> DatasetsOfAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default)
    {
        var sanctions = entityIds.Count == 0 ? [] : await store.GetSanctionsTargetingAsync(entityIds, SanctionTiming.Any, cancellationToken);
        var byTarget = sanctions.Where(s => s.Dataset is not null).ToLookup(s => s.TargetId, s => s.Dataset!);
        return entityIds.ToDictionary(
            id => id,
            id => (IReadOnlyList<string>)(byTarget[id].Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList() is { Count: > 0 } named ? named : [SeedDataset]),
            StringComparer.Ordinal);
    }

    /// <summary>A company is an organisation too, and a public body an organisation, as FtM's schema tree has it.</summary>
    private static bool KindsCompatible(EntityKind asked, EntityKind found) => asked == found || (asked, found) switch
    {
        (EntityKind.Organization, EntityKind.Company or EntityKind.PublicBody) => true,
        _ => false,
    };
}
