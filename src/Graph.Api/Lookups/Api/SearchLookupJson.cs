namespace Graph.Api.Lookups.Api;

/// <summary>
/// The answer of GET /api/search: the query as understood (the kinds kept, empty for every kind; the most results
/// asked for; the day), and the hits, best first.
/// </summary>
internal sealed record SearchLookupJson(string Query, IReadOnlyList<string> Kinds, int Limit, string? AsOf, IReadOnlyList<SearchResultJson> Results);

/// <summary>A hit, as GraphQL's <c>SearchHit</c>: how well the query names it (0 to 1) and the entity.</summary>
internal sealed record SearchResultJson(double Score, SearchEntityJson Entity);

/// <summary>The entity of a hit: enough to pick it, and the addresses to look it up or embed it.</summary>
internal sealed record SearchEntityJson(string Id, string Kind, string Name, IReadOnlyList<string> Aliases, SanctionSummaryJson SanctionSummary, SearchLinksJson Links);

/// <summary>
/// Its sanctions and those of the entities tied to it by same_as, listed by the answer's day: how many, how many in
/// force on it, and the authorities that imposed them (those in force first).
/// </summary>
internal sealed record SanctionSummaryJson(int Total, int InForce, IReadOnlyList<string> Authorities);

/// <summary>The entity's page and its JSON lookup, both pinned to the search's asOf when it had one.</summary>
internal sealed record SearchLinksJson(string Page, string Api);

/// <summary>The body of every error of the JSON lookups: a code a client can act on and a sentence for people.</summary>
internal sealed record LookupErrorJson(string Error, string Message);
