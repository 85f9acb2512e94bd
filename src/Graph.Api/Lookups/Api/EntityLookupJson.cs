namespace Graph.Api.Lookups.Api;

// The shapes of GET /api/entities/{id}. Field names are the GraphQL types' (Entity, Sanction, Relationship,
// Source, Property), so a script written against the GraphQL schema reads them unchanged. The additions the schema
// lacks: a sanction's inForce, relationshipTotals, and the answer's asOf, dataAsOf and links.

/// <summary>
/// The answer: the entity with what the graph said held on <c>AsOf</c> (or today), the newest date among the facts
/// shown (<c>DataAsOf</c>, the "data as of" line), and its addresses.
/// </summary>
internal sealed record EntityLookupJson(EntityJson Entity, string? AsOf, string? DataAsOf, EntityLinksJson Links);

/// <summary>
/// An entity as GraphQL's <c>Entity</c> interface names its fields, with its sanctions and relationships inline;
/// <c>RelationshipTotals</c> counts each type's relationships, of which at most 50 are listed.
/// </summary>
internal sealed record EntityJson(
    string Id,
    string Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<PropertyJson> Properties,
    string? Note,
    IReadOnlyList<SourceJson> Sources,
    IReadOnlyList<SanctionJson> Sanctions,
    IReadOnlyList<RelationshipJson> Relationships,
    IReadOnlyList<RelationshipTotalJson> RelationshipTotals,
    IReadOnlyList<EntityReferenceJson> SameAs);

/// <summary>
/// Another entity, named: an authority, a target, a relationship's end, a same_as entity. Its kind is null only for
/// an authority the graph lacks.
/// </summary>
internal sealed record EntityReferenceJson(string Id, string? Kind, string Name);

internal sealed record PropertyJson(string Name, IReadOnlyList<string> Values);

internal sealed record SourceJson(string Title, string? Url, string? Publisher, string? PublishedOn, string? Quote);

/// <summary>A sanction as GraphQL's <c>Sanction</c>, plus <see cref="InForce"/> on the answer's day.</summary>
internal sealed record SanctionJson(
    string Id,
    EntityReferenceJson Authority,
    EntityReferenceJson Target,
    IReadOnlyList<string> Programs,
    IReadOnlyList<string> Provisions,
    string? ListedOn,
    string? EndedOn,
    string? Reason,
    string? Dataset,
    string? FirstSeen,
    string? LastSeen,
    string? Note,
    IReadOnlyList<SourceJson> Sources,
    bool InForce);

/// <summary>A relationship as GraphQL's <c>Relationship</c>, with both ends named.</summary>
internal sealed record RelationshipJson(
    string Id,
    string Type,
    string? Role,
    string? StartDate,
    string? EndDate,
    string? Note,
    EntityReferenceJson From,
    EntityReferenceJson To,
    IReadOnlyList<SourceJson> Sources);

internal sealed record RelationshipTotalJson(string Type, int Total);

/// <summary>Where readers see the entity: its page, its embed card and the oEmbed answer for the page.</summary>
internal sealed record EntityLinksJson(string Page, string Embed, string Oembed);
