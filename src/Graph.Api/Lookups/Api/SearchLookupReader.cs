using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Api.Lookups.Api;

/// <summary>
/// The hits of a search with a summary of each one's sanctions (its own and those of the entities tied to it by
/// same_as, as its dossier counts them), in four batched store calls whatever the number of hits.
/// </summary>
internal static class SearchLookupReader
{
    private static readonly RelationshipFilter SameAsLinks = new([RelationshipTypes.SameAs], Direction.Both);

    public static async Task<IReadOnlyList<SearchResultJson>> ReadAsync(
        IGraphStore store, SearchParameters parameters, DateOnly today, Func<string, SearchLinksJson> links, CancellationToken cancellationToken)
    {
        var hits = await store.SearchAsync(parameters.Query, cancellationToken);
        if (hits.Count == 0) return [];
        var ids = hits.Select(hit => hit.Entity.Id).Distinct(StringComparer.Ordinal).ToList();
        var targetsOf = ids.ToDictionary(id => id, id => new HashSet<string>(StringComparer.Ordinal) { id }, StringComparer.Ordinal);
        foreach (var link in await store.GetRelationshipsAsync(ids, SameAsLinks, cancellationToken))
        {
            if (targetsOf.TryGetValue(link.FromId, out var fromTargets)) fromTargets.Add(link.ToId);
            if (targetsOf.TryGetValue(link.ToId, out var toTargets)) toTargets.Add(link.FromId);
        }

        var day = parameters.AsOf ?? today;
        var sanctions = (await store.GetSanctionsTargetingAsync([.. targetsOf.Values.SelectMany(t => t).Distinct(StringComparer.Ordinal)], SanctionTiming.Any, cancellationToken))
            .Where(s => parameters.AsOf is not { } asOf || s.HadStartedBy(asOf)).ToList();
        var authorityIds = sanctions.Select(s => s.AuthorityId).Distinct(StringComparer.Ordinal).ToList();
        var authorities = authorityIds.Count == 0 ? new Dictionary<string, Entity>() : await store.GetEntitiesAsync(authorityIds, cancellationToken);
        var byTarget = sanctions.ToLookup(s => s.TargetId, StringComparer.Ordinal);

        return [.. hits.Select(hit =>
        {
            var own = targetsOf[hit.Entity.Id].SelectMany(target => byTarget[target]).ToList();
            var summary = Summarize(own, day, authorities);
            var entity = hit.Entity;
            return new SearchResultJson(hit.Score,
                new SearchEntityJson(entity.Id, GraphQLKinds.Name(entity.Kind), entity.Name, entity.Aliases, summary, links(entity.Id)));
        })];
    }

    private static SanctionSummaryJson Summarize(List<Sanction> sanctions, DateOnly day, IReadOnlyDictionary<string, Entity> authorities)
    {
        var names = sanctions.OrderBy(s => s.HadEndedBy(day))
            .Select(s => authorities.GetValueOrDefault(s.AuthorityId)?.Name ?? s.AuthorityId)
            .Distinct(StringComparer.Ordinal).ToList();
        return new SanctionSummaryJson(sanctions.Count, sanctions.Count(s => !s.HadEndedBy(day)), names);
    }
}
