using Graph.Domain.Model;

namespace Graph.Api.Lookups;

/// <summary>
/// Everything a journalist's surfaces show about one entity (the page, the embed card, the JSON lookup, the web
/// component), read once and, with <see cref="AsOf"/>, pinned to what the graph said held on that day.
/// </summary>
/// <param name="Entity">The entity itself.</param>
/// <param name="AsOf">The day the dossier is pinned to, or null for everything the graph holds.</param>
/// <param name="Sanctions">Its sanctions and those of the entities tied to it by same_as; in force first, newest first.</param>
/// <param name="Relationships">Its relationships other than same_as, grouped by type.</param>
/// <param name="SameAs">The entities tied to it by same_as.</param>
/// <param name="DataAsOf">The newest date among the facts shown: the last change the dossier reflects, or null when none is dated.</param>
internal sealed record EntityDossier(
    Entity Entity,
    DateOnly? AsOf,
    IReadOnlyList<SanctionView> Sanctions,
    IReadOnlyList<RelationshipGroup> Relationships,
    IReadOnlyList<Entity> SameAs,
    PartialDate? DataAsOf)
{
    /// <summary>The sanctions in force on the dossier's day (or today), which the card's headline line names.</summary>
    public IEnumerable<SanctionView> InForce => Sanctions.Where(s => s.InForce);
}

/// <summary>A sanction as shown: with its authority and target read, and whether it is in force on the dossier's day.</summary>
/// <param name="Sanction">The sanction as the store holds it.</param>
/// <param name="Authority">The imposing entity, or null when the graph lacks it.</param>
/// <param name="Target">The entity it targets: the dossier's own, or one tied to it by same_as.</param>
/// <param name="InForce">True when it had not ended on the dossier's day, or today.</param>
/// <param name="ThroughSameAs">True when it targets an entity tied by same_as rather than the dossier's own.</param>
internal sealed record SanctionView(Sanction Sanction, Entity? Authority, Entity Target, bool InForce, bool ThroughSameAs)
{
    /// <summary>The authority's name, else its id.</summary>
    public string AuthorityName => Authority?.Name ?? Sanction.AuthorityId;
}

/// <summary>The relationships of one type; <see cref="Total"/> counts those left out beyond the shown ones too.</summary>
internal sealed record RelationshipGroup(string Type, IReadOnlyList<RelationshipView> Items, int Total);

/// <summary>A relationship seen from the dossier's entity: the entity at the other end, and which way it points.</summary>
/// <param name="Relationship">The relationship as the store holds it.</param>
/// <param name="Other">The entity at the other end.</param>
/// <param name="Outgoing">True when the dossier's entity is the relationship's <c>from</c> end.</param>
internal sealed record RelationshipView(Relationship Relationship, Entity Other, bool Outgoing);
