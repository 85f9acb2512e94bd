using Graph.Domain.Model;

namespace Graph.Api.Lookups.Api;

/// <summary>Turns an <see cref="EntityDossier"/> into the JSON shapes of the lookup, in an order that depends on the data alone.</summary>
internal static class EntityLookupMapper
{
    public static EntityLookupJson Map(EntityDossier dossier, EntityLinksJson links)
    {
        var entity = dossier.Entity;
        var json = new EntityJson(
            entity.Id,
            GraphQLKinds.Name(entity.Kind),
            entity.Name,
            entity.Aliases,
            Properties(entity),
            entity.Note,
            Sources(entity.Sources),
            [.. dossier.Sanctions.Select(Sanction)],
            [.. dossier.Relationships.SelectMany(group => group.Items).Select(view => Relationship(entity, view))],
            [.. dossier.Relationships.Select(group => new RelationshipTotalJson(group.Type, group.Total))],
            [.. dossier.SameAs.Select(Reference)]);
        return new EntityLookupJson(json, dossier.AsOf is { } day ? LookupQuery.Format(day) : null, Date(dossier.DataAsOf), links);
    }

    public static EntityReferenceJson Reference(Entity entity) => new(entity.Id, GraphQLKinds.Name(entity.Kind), entity.Name);

    public static string? Date(PartialDate? date) => date?.ToString();

    /// <summary>The properties by name, so that the bytes (and the ETag) do not depend on how the store ordered them.</summary>
    private static List<PropertyJson> Properties(Entity entity) =>
        [.. entity.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new PropertyJson(p.Key, p.Value))];

    private static List<SourceJson> Sources(IEnumerable<Source> sources) =>
        [.. sources.Select(s => new SourceJson(s.Title, s.Url, s.Publisher, Date(s.PublishedOn), s.Quote))];

    private static SanctionJson Sanction(SanctionView view)
    {
        var s = view.Sanction;
        var authority = view.Authority is { } known ? Reference(known) : new EntityReferenceJson(s.AuthorityId, null, view.AuthorityName);
        return new SanctionJson(s.Id, authority, Reference(view.Target), s.Programs, s.Provisions, Date(s.ListedOn), Date(s.EndedOn),
            s.Reason, s.Dataset, Date(s.FirstSeen), Date(s.LastSeen), s.Note, Sources(s.Sources), view.InForce);
    }

    private static RelationshipJson Relationship(Entity entity, RelationshipView view)
    {
        var r = view.Relationship;
        var self = Reference(entity);
        var other = Reference(view.Other);
        return new RelationshipJson(r.Id, r.Type, r.Role, Date(r.StartDate), Date(r.EndDate), r.Note,
            view.Outgoing ? self : other, view.Outgoing ? other : self, Sources(r.Sources));
    }
}
