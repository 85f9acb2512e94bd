using Graph.Domain.Matching;

namespace Graph.Api.Matching.Yente;

/// <summary>One query of a /match batch as read: the query to match, or the problem that keeps it from matching.</summary>
/// <param name="Key">The caller's key, under which the answer comes back.</param>
/// <param name="Id">The caller's id of the example, echoed.</param>
/// <param name="Schema">The FtM schema named, as given when it is not one.</param>
/// <param name="Accepts">What the schema matches, or null when it is not one.</param>
/// <param name="Query">The query, or null with <paramref name="Problem"/>.</param>
/// <param name="Echo">The values read, by FtM property.</param>
/// <param name="Problem">Why the query cannot run, naming the place; answered with status 400 under its key.</param>
internal sealed record YenteQuery(
    string Key, string? Id, string Schema, FtmSchema? Accepts, MatchQuery? Query,
    IReadOnlyDictionary<string, List<string>> Echo, string? Problem);
