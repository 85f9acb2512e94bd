namespace Graph.Storage.Neo4j.Cypher;

/// <summary>Reads of sanctions: by id, by target, by filter in insertion order, and the change feed.</summary>
internal static class SanctionStatements
{
    /// <summary>
    /// Every criterion of a sanction filter; a null parameter keeps everything. Days are ISO text, so they compare
    /// as the days do; a partial date matches a range when any day it stands for does.
    /// </summary>
    private const string Filter = """
        ($authorityIds IS NULL OR s.authorityId IN $authorityIds)
          AND ($program IS NULL OR $program IN s.programKeys)
          AND ($listedFrom IS NULL OR s.listedMax >= $listedFrom)
          AND ($listedTo IS NULL OR s.listedMin <= $listedTo)
          AND ($targetId IS NULL OR s.targetId = $targetId)
          AND ($firstSeenFrom IS NULL OR s.firstSeenDay >= $firstSeenFrom)
          AND ($activeOn IS NULL OR (coalesce(s.listedMin, s.firstSeenDay, '0000-01-01') <= $activeOn
            AND (s.endedMin IS NULL OR s.endedMin > $activeOn)))
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
        RETURN {Projections.Sanction("s")} AS sanction
        ORDER BY s.seq
        """,
        "ids");

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
        "authorityIds", "program", "listedFrom", "listedTo", "targetId", "firstSeenFrom", "activeOn", "dataset", "after", "limit");

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

    public static IEnumerable<CypherStatement> All => [ByIds, Targeting, ActiveIds, Page, ChangePage];
}
