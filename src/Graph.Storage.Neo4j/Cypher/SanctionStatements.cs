namespace Graph.Storage.Neo4j.Cypher;

/// <summary>Reads of sanctions: by id, by target, by filter in insertion order, and the change feed.</summary>
internal static class SanctionStatements
{
    /// <summary>A sanction in force on the day (all when it is null), as <see cref="Domain.Model.Holding"/> says.</summary>
    internal static string Held(string day) =>
        $"({day} IS NULL OR (coalesce(s.listedMin, s.firstSeenDay, '0000-01-01') <= {day} AND (s.endedMax IS NULL OR s.endedMax > {day})))";

    /// <summary>
    /// A sanction its list carried on the day parameter (all when it is null; see <see cref="Domain.Store.SanctionTiming.KnownAsOf"/>):
    /// the map parameter <paramref name="published"/> gives each dataset's latest publication day by then
    /// (<see cref="Publications"/>); a hand-written sanction as it held on the day.
    /// </summary>
    internal static string Known(string day, string published) => $"""
        ({day} IS NULL OR (s.dataset IS NULL AND {Held(day)})
            OR (s.firstSeenDay <= {published}[s.dataset] AND s.lastSeenDay >= {published}[s.dataset]))
        """;

    /// <summary>
    /// Every criterion of a sanction filter; a null parameter keeps everything. Days are ISO text, so they compare
    /// as the days do; a partial date matches a range when any day it stands for does.
    /// </summary>
    private static readonly string Filter = $$"""
        ($authorityIds IS NULL OR s.authorityId IN $authorityIds)
          AND ($program IS NULL OR $program IN s.programKeys)
          AND ($listedFrom IS NULL OR s.listedMax >= $listedFrom)
          AND ($listedTo IS NULL OR s.listedMin <= $listedTo)
          AND ($targetId IS NULL OR s.targetId = $targetId)
          AND ($firstSeenFrom IS NULL OR s.firstSeenDay >= $firstSeenFrom)
          AND {{Held("$activeOn")}}
          AND {{Known("$knownAsOf", "$published")}}
          AND ($dataset IS NULL OR s.dataset = $dataset)
        """;

    private const string ChangeFilter = "($authorityIds IS NULL OR s.authorityId IN $authorityIds) AND ($dataset IS NULL OR s.dataset = $dataset)";

    /// <summary>Additions (first seen, else listed) and endings on or after a day, as rows of kind, day and sanction.</summary>
    private const string Changes = $$"""
        CALL () {
            MATCH (s:Sanction) WHERE coalesce(s.firstSeenDay, s.listedMin) >= $since AND {{ChangeFilter}}
            RETURN 0 AS kind, coalesce(s.firstSeenDay, s.listedMin) AS day, s
            UNION ALL
            MATCH (s:Sanction) WHERE s.endedMin >= $since AND {{ChangeFilter}}
            RETURN 1 AS kind, s.endedMin AS day, s
          }
        """;

    public static CypherStatement ByIds { get; } = new(
        "Sanctions.ByIds",
        $"""
        MATCH (s:Sanction) WHERE s.id IN $ids
        RETURN {Projections.Sanction("s")} AS sanction
        """,
        "ids");

    public static CypherStatement Targeting { get; } = new(
        "Sanctions.Targeting",
        $"""
        MATCH (s:Sanction) WHERE s.targetId IN $ids
          AND {Held("$asOf")}
          AND {Known("$knownAsOf", "$published")}
        RETURN {Projections.Sanction("s")} AS sanction
        ORDER BY s.seq
        """,
        "ids", "asOf", "knownAsOf", "published");

    /// <summary>Each dataset's latest publication day on or before <c>$knownAsOf</c>: the latest day a sanction of it was first or last seen.</summary>
    public static CypherStatement Publications { get; } = new(
        "Sanctions.Publications",
        """
        MATCH (s:Sanction) WHERE s.dataset IS NOT NULL AND s.firstSeenDay <= $knownAsOf
        UNWIND [s.firstSeenDay, s.lastSeenDay] AS day
        WITH s.dataset AS dataset, day WHERE day <= $knownAsOf
        RETURN dataset, max(day) AS day
        """,
        "knownAsOf");

    public static CypherStatement ActiveIds { get; } = new(
        "Sanctions.ActiveIds",
        """
        MATCH (s:Sanction) WHERE s.dataset = $dataset AND s.endedMin IS NULL
        RETURN s.id AS id
        ORDER BY s.seq
        """,
        "dataset");

    public static CypherStatement Page { get; } = new(
        "Sanctions.Page",
        $$"""
        CALL () {
          MATCH (s:Sanction) WHERE {{Filter}}
          RETURN count(s) AS total
        }
        CALL () {
          MATCH (s:Sanction) WHERE {{Filter}}
            AND s.seq > $after
          WITH s ORDER BY s.seq LIMIT $limit
          RETURN collect({{Projections.Sanction("s")}}) AS items
        }
        RETURN total, items
        """,
        "authorityIds", "program", "listedFrom", "listedTo", "targetId", "firstSeenFrom", "activeOn", "knownAsOf", "published", "dataset", "after", "limit");

    /// <summary>One page of the change feed, oldest day first, additions before endings, then by insertion.</summary>
    public static CypherStatement ChangePage { get; } = new(
        "Sanctions.ChangePage",
        $$"""
        CALL () {
          {{Changes}}
          RETURN count(*) AS total
        }
        CALL () {
          {{Changes}}
          WITH kind, day, s ORDER BY day, kind, s.seq SKIP $offset LIMIT $limit
          RETURN collect({kind: kind, sanction: {{Projections.Sanction("s")}}}) AS items
        }
        RETURN total, items
        """,
        "since", "authorityIds", "dataset", "offset", "limit");

    /// <summary>The designations known on <c>$to</c> and not on <c>$from</c> (added), and the other way round (ended): the first of each by insertion, and their counts.</summary>
    public static CypherStatement Diff { get; } = new(
        "Sanctions.Diff",
        $"""
        {KnownOnlyOn("$to", "$publishedTo", "$from", "$publishedFrom", "addedCount", "added")}
        {KnownOnlyOn("$from", "$publishedFrom", "$to", "$publishedTo", "endedCount", "ended")}
        RETURN addedCount, added, endedCount, ended
        """,
        "authorityIds", "dataset", "from", "publishedFrom", "to", "publishedTo", "limit");

    /// <summary>
    /// The sanctions known on one day and not on the other, counted, and the first <c>$limit</c> of them by insertion
    /// projected (only those: the others are counted, never projected).
    /// </summary>
    private static string KnownOnlyOn(string day, string published, string otherDay, string otherPublished, string count, string list) =>
        $$"""
        CALL () {
          MATCH (s:Sanction) WHERE {{ChangeFilter}} AND {{Known(day, published)}} AND NOT {{Known(otherDay, otherPublished)}}
          WITH s ORDER BY s.seq
          WITH collect(s) AS kept
          RETURN size(kept) AS {{count}}, [s IN kept[..$limit] | {{Projections.Sanction("s")}}] AS {{list}}
        }
        """;

    public static IEnumerable<CypherStatement> All => [ByIds, Targeting, Publications, ActiveIds, Page, ChangePage, Diff];
}
