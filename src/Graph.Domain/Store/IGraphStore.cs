using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>
/// The port every graph store implements. Its shape follows what the API asks: batched look-ups for
/// data loaders, filtered pages, search and traversals. Reads never throw for unknown ids.
/// </summary>
public interface IGraphStore
{
    /// <summary>Creates or migrates the store's schema; safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>The entities with the given ids; unknown ids are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>The sanctions with the given ids; unknown ids are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, Sanction>> GetSanctionsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>The relationships with the given ids; unknown ids are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, Relationship>> GetRelationshipsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>The ids of the sanctions of a dataset that have not ended.</summary>
    Task<IReadOnlyList<string>> ListActiveSanctionIdsAsync(string dataset, CancellationToken cancellationToken = default);

    /// <summary>For each name that is exactly an entity's id, name or alias (ignoring case), the id of the first such entity.</summary>
    Task<IReadOnlyDictionary<string, string>> ResolveNamesAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken = default);

    /// <summary>Designations added or ended on or after a day, oldest first.</summary>
    Task<Page<DesignationChange>> ListChangesAsync(ChangeFilter filter, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>The sanctions whose target is one of the given entities, on the day the timing names, by insertion.</summary>
    Task<IReadOnlyList<Sanction>> GetSanctionsTargetingAsync(IReadOnlyCollection<string> entityIds, SanctionTiming timing, CancellationToken cancellationToken = default);

    /// <summary>The relationships that touch any of the given entities, in the directions and types the filter allows.</summary>
    Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(IReadOnlyCollection<string> entityIds, RelationshipFilter filter, CancellationToken cancellationToken = default);

    /// <summary>One page of entities, ordered by insertion.</summary>
    Task<Page<Entity>> ListEntitiesAsync(EntityFilter filter, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>One page of sanctions matching the filter, ordered by insertion.</summary>
    Task<Page<Sanction>> ListSanctionsAsync(SanctionFilter filter, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>
    /// The designations a list's copy carried on <see cref="SanctionDiffQuery.To"/> and not on
    /// <see cref="SanctionDiffQuery.From"/> (added), and those it carried on the first day and not on the second
    /// (ended), as <see cref="SanctionTiming.KnownAsOf"/> reads a day: the change between the two publications then in force.
    /// </summary>
    Task<SanctionDiff> DiffSanctionsAsync(SanctionDiffQuery query, CancellationToken cancellationToken = default);

    /// <summary>Entities whose names or aliases match the text, folding case and diacritics, best first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The ids of the entities indexed under any of the query's keys (<see cref="Matching.MatchKeys.OfEntity"/>), ranked
    /// by what the keys they share are worth summed (<see cref="MatchCandidateQuery.Worth"/>), ties by insertion order,
    /// at most <see cref="MatchCandidateQuery.Limit"/>.
    /// The work is bounded whatever the names: at most <see cref="MatchCandidateQuery.MaxKeys"/> keys are read, and each
    /// key reads at most <see cref="MatchCandidateQuery.PerKeyLimit"/> entities. Unknown keys give nothing; an empty
    /// key list gives an empty result. The answer also says how many entities each key read, which the scorer weighs
    /// a word's rarity by.
    /// </summary>
    Task<MatchCandidates> FindMatchCandidatesAsync(MatchCandidateQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// What lies around an entity, counted without reading it: its relationships that held on the timing's
    /// <see cref="SanctionTiming.AsOf"/> (every one without it) per type and direction (one from the entity to itself
    /// counts once, as outgoing), the distinct entities at their other ends, and how many of those are the target of a
    /// sanction on the day the timing names. Null for an unknown id.
    /// </summary>
    Task<RelationshipSummary?> SummarizeRelationshipsAsync(string id, SanctionTiming timing, CancellationToken cancellationToken = default);

    /// <summary>
    /// The shortest chain of relationships between two entities in either direction, following only those that held on
    /// <paramref name="asOf"/> when it is given, or null.
    /// </summary>
    Task<GraphPath?> FindPathAsync(string fromId, string toId, int maxHops, DateOnly? asOf, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of an entity's neighbourhood, or null for an unknown id: up to <see cref="NeighbourhoodQuery.Limit"/>
    /// entities in breadth-first order after the query's cursor (the start entity first), each with the relationships
    /// that tie it to entities reached before it, following only the relationships and reaching only the kinds the
    /// query allows. Pages follow one another without repeats and together cover the whole neighbourhood.
    /// </summary>
    /// <exception cref="InvalidCursorException">The cursor is not one a neighbourhood page issued.</exception>
    Task<Subgraph?> GetNeighbourhoodAsync(string id, NeighbourhoodQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// A number that changes whenever the store's contents may have changed, by this process or another, so that
    /// answers computed earlier can be reused until it moves. Changes made elsewhere may take a moment to show.
    /// </summary>
    ValueTask<long> GetChangeStampAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// A bound on how many relationships touch any one entity, in both directions: at least the largest such count.
    /// Query costing multiplies by it, so that a nested relationship list costs what it may really fetch.
    /// </summary>
    Task<long> GetMaxDegreeAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// A bound on how many sanctions one entity's sanctions may number, counting those on the entities tied to it by
    /// same_as: at least the largest such count. Query costing multiplies by it.
    /// </summary>
    Task<long> GetMaxSanctionsPerEntityAsync(CancellationToken cancellationToken = default);

    /// <summary>The day of the newest publication of a dataset imported so far (its sanctions' latest lastSeen), or null when none was.</summary>
    Task<DateOnly?> GetLatestPublicationAsync(string dataset, CancellationToken cancellationToken = default);

    /// <summary>How many entities, sanctions and relationships the store holds.</summary>
    Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes what the batch deletes (an entity with its sanctions and relationships), then inserts or replaces
    /// everything else, in one transaction: all of it is written or none.
    /// </summary>
    Task WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the parts as one batch would be written, their lists joined in order, in one transaction: all of them or
    /// none. A store may write each part as it comes, so that the caller reads the next while the store writes the
    /// last. Only the first part may delete; a deletion in a later one fails the write. An exception from the
    /// sequence, or its cancellation, rolls back what the parts before it wrote.
    /// </summary>
    Task WriteInPartsAsync(IAsyncEnumerable<GraphBatch> parts, CancellationToken cancellationToken = default);
}
