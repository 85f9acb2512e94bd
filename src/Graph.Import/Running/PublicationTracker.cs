using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Import.Running;

/// <summary>
/// Follows a list from publication to publication: an entry seen for the first time gets firstSeen, every entry
/// seen moves its lastSeen, an entry that reappears is in force again, and an entry missing from the publication
/// was delisted on its date.
/// <para>
/// A publication older than the newest one imported for its list (<c>newer</c>), imported on request, acts as if
/// it had been imported in its place: lastSeen never moves back; each record keeps the content of the newest
/// publication that carried it; an entry only this older publication carries is added, first and last seen on its
/// date and ended on the newest one's, which no longer carries it; and what a newer publication carried is never
/// delisted. Only firstSeen may move back, to this publication's date.
/// </para>
/// </summary>
internal sealed class PublicationTracker
{
    private readonly IGraphStore _store;
    private readonly DatasetPublication? _publication;
    private readonly PartialDate? _published;
    private readonly PartialDate? _newer;
    // Entities whose sanction this older publication is the newest to carry: its content of them is the newest known.
    private readonly HashSet<string> _newestFor = new(StringComparer.Ordinal);

    private PublicationTracker(IGraphStore store, DatasetPublication? publication, DateOnly? newer)
    {
        _store = store;
        _publication = publication;
        _published = publication is null ? null : PartialDate.FromDate(publication.PublishedOn);
        _newer = newer is { } day ? PartialDate.FromDate(day) : null;
    }

    /// <summary>The tracker of the input's publication, if it is one; refuses one older than the newest imported unless allowed.</summary>
    public static async Task<PublicationTracker> OpenAsync(IGraphStore store, DatasetPublication? publication, bool allowOlder, CancellationToken cancellationToken)
    {
        if (publication is null) return new PublicationTracker(store, null, null);
        var latest = await store.GetLatestPublicationAsync(publication.Dataset, cancellationToken);
        if (latest is not { } newest || newest <= publication.PublishedOn) return new PublicationTracker(store, publication, null);
        if (!allowOlder) throw new OlderPublicationException(publication.Dataset, publication.PublishedOn, newest);
        return new PublicationTracker(store, publication, newest);
    }

    public Sanction Stamp(Sanction incoming, Sanction? stored)
    {
        if (_published is not { } published) return incoming;
        var firstSeen = stored?.FirstSeen is { } first && first < published ? first : published;
        if (_newer is { } newer)
        {
            // A publication at least as new carried this entry: what it wrote stands.
            if (stored?.LastSeen is { } seen && seen >= published) return stored with { FirstSeen = firstSeen };
            _newestFor.Add(incoming.TargetId);
            var endedOn = stored?.EndedOn is { } ended && ended > published ? ended : newer;
            return incoming with { Dataset = incoming.Dataset ?? _publication!.Dataset, FirstSeen = firstSeen, LastSeen = published, EndedOn = endedOn };
        }
        var lastSeen = stored?.LastSeen is { } last && last > published ? last : published;
        return incoming with { Dataset = incoming.Dataset ?? _publication!.Dataset, FirstSeen = firstSeen, LastSeen = lastSeen };
    }

    /// <summary>
    /// The record to write of an entity or a relationship (by the entity it starts from): the incoming one, unless this
    /// is an older publication and a newer one wrote the stored one. Call after <see cref="Stamp"/> saw the sanctions.
    /// </summary>
    public T Merge<T>(T incoming, T? stored, string entityId) where T : class =>
        _newer is null || stored is null || _newestFor.Contains(entityId) ? incoming : stored;

    public async Task<List<Sanction>> DelistMissingAsync(IReadOnlyList<Sanction> incoming, CancellationToken cancellationToken)
    {
        if (_publication is null || _published is not { } published) return [];
        var carried = incoming.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var missing = (await _store.ListActiveSanctionIdsAsync(_publication.Dataset, cancellationToken)).Where(id => !carried.Contains(id)).ToList();
        if (missing.Count == 0) return [];
        var stored = await _store.GetSanctionsAsync(missing, cancellationToken);
        // Neither an entry listed after this publication nor one a newer publication carried was delisted by it.
        return [.. stored.Values
            .Where(s => (s.FirstSeen is not { } first || first <= published) && (s.LastSeen is not { } last || last <= published))
            .Select(s => s with { EndedOn = published })];
    }
}
