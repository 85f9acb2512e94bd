using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Import.Running;

/// <summary>
/// Follows a list from publication to publication: an entry seen for the first time gets firstSeen, every entry
/// seen moves its lastSeen, an entry that reappears is in force again, and an entry missing from the publication
/// was delisted on its date.
/// </summary>
internal sealed class PublicationTracker(IGraphStore store, DatasetPublication? publication)
{
    private readonly PartialDate? _published = publication is null ? null : PartialDate.FromDate(publication.PublishedOn);

    public Sanction Stamp(Sanction incoming, Sanction? stored)
    {
        if (_published is not { } published) return incoming;
        var firstSeen = stored?.FirstSeen is { } first && first < published ? first : published;
        var lastSeen = stored?.LastSeen is { } last && last > published ? last : published;
        return incoming with { Dataset = incoming.Dataset ?? publication!.Dataset, FirstSeen = firstSeen, LastSeen = lastSeen };
    }

    public async Task<List<Sanction>> DelistMissingAsync(IReadOnlyList<Sanction> incoming, CancellationToken cancellationToken)
    {
        if (publication is null || _published is not { } published) return [];
        var carried = incoming.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var missing = (await store.ListActiveSanctionIdsAsync(publication.Dataset, cancellationToken)).Where(id => !carried.Contains(id)).ToList();
        if (missing.Count == 0) return [];
        var stored = await store.GetSanctionsAsync(missing, cancellationToken);
        return [.. stored.Values
            .Where(s => s.FirstSeen is not { } first || first <= published)
            .Select(s => s with { EndedOn = published })];
    }
}
