using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Api.Lookups;

/// <summary>Reads an <see cref="EntityDossier"/> from the store in four batched calls, whatever the entity.</summary>
internal sealed class EntityDossierReader(IGraphStore store, TimeProvider clock)
{
    /// <summary>How many relationships of one type a dossier shows; the rest are counted, not read.</summary>
    public const int MaxRelationshipsPerType = 50;

    private static readonly RelationshipFilter AllRelationships = new([], Direction.Both);

    /// <summary>The dossier of the entity, pinned to <paramref name="asOf"/> when given; null for an unknown id.</summary>
    public async Task<EntityDossier?> ReadAsync(string id, DateOnly? asOf, CancellationToken cancellationToken)
    {
        if (!(await store.GetEntitiesAsync([id], cancellationToken)).TryGetValue(id, out var entity)) return null;
        var touching = await store.GetRelationshipsAsync([id], AllRelationships, cancellationToken);
        var sameAsIds = touching.Where(r => r.Type == RelationshipTypes.SameAs).Select(r => r.OtherEnd(id)).Where(other => other != id)
            .Distinct(StringComparer.Ordinal).ToList();
        var sanctions = (await store.GetSanctionsTargetingAsync([id, .. sameAsIds], SanctionTiming.Any, cancellationToken))
            .Where(s => asOf is not { } day || s.HadStartedBy(day)).Select(s => asOf is { } day ? AsKnownOn(s, day) : s).ToList();
        var groups = touching.Where(r => r.Type != RelationshipTypes.SameAs && (asOf is not { } day || r.HoldsOn(day)))
            .GroupBy(r => r.Type, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Type: g.Key, Shown: g.Take(MaxRelationshipsPerType).ToList(), Total: g.Count())).ToList();

        var others = groups.SelectMany(g => g.Shown).Select(r => r.OtherEnd(id))
            .Concat(sameAsIds).Concat(sanctions.Select(s => s.AuthorityId)).Concat(sanctions.Select(s => s.TargetId))
            .Where(other => other != id).Distinct(StringComparer.Ordinal).ToList();
        var named = others.Count == 0 ? new Dictionary<string, Entity>() : await store.GetEntitiesAsync(others, cancellationToken);
        Entity? Find(string otherId) => otherId == id ? entity : named.GetValueOrDefault(otherId);

        var day = asOf ?? clock.Today();
        var sanctionViews = sanctions
            .Select(s => new SanctionView(s, Find(s.AuthorityId), Find(s.TargetId) ?? entity, !s.HadEndedBy(day), s.TargetId != id))
            .OrderByDescending(s => s.InForce).ThenByDescending(s => s.Sanction.Start()).ThenBy(s => s.Sanction.Id, StringComparer.Ordinal)
            .ToList();
        var relationshipGroups = groups.Select(g => new RelationshipGroup(g.Type,
            [.. g.Shown.Select(r => (Relationship: r, Other: Find(r.OtherEnd(id))))
                .Where(v => v.Other is not null)
                .Select(v => new RelationshipView(v.Relationship, v.Other!, v.Relationship.FromId == id))], g.Total)).ToList();
        var sameAs = sameAsIds.Select(Find).OfType<Entity>().ToList();

        return new EntityDossier(entity, asOf, sanctionViews, relationshipGroups, sameAs,
            NewestDate(entity, sanctionViews, relationshipGroups, asOf));
    }

    /// <summary>
    /// The sanction as the graph held it on a pinned day: an end or a publication after that day had not happened yet,
    /// so every surface of a pinned dossier leaves them out alike (the sanction shows as in force).
    /// </summary>
    private static Sanction AsKnownOn(Sanction sanction, DateOnly day) => sanction with
    {
        EndedOn = sanction.EndedOn is { } ended && ended.Earliest > day ? null : sanction.EndedOn,
        LastSeen = sanction.LastSeen is { } seen && seen.Earliest > day ? null : sanction.LastSeen,
    };

    /// <summary>The newest date of the facts shown; a pinned dossier shows nothing after its day, so later dates do not count.</summary>
    private static PartialDate? NewestDate(Entity entity, IEnumerable<SanctionView> sanctions, IEnumerable<RelationshipGroup> groups, DateOnly? asOf)
    {
        var dates = entity.Sources.Select(s => s.PublishedOn)
            .Concat(sanctions.SelectMany(v => new[] { v.Sanction.ListedOn, v.Sanction.EndedOn, v.Sanction.FirstSeen, v.Sanction.LastSeen }
                .Concat(v.Sanction.Sources.Select(s => s.PublishedOn))))
            .Concat(groups.SelectMany(g => g.Items).SelectMany(v => new[] { v.Relationship.StartDate, v.Relationship.EndDate }
                .Concat(v.Relationship.Sources.Select(s => s.PublishedOn))));
        return dates.OfType<PartialDate>().Where(d => asOf is not { } day || d.Earliest <= day).Select(d => (PartialDate?)d).Max();
    }
}
