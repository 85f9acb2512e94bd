using Graph.Domain.Model;
using Graph.Domain.Store;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    private const string SanctionColumns = "s.seq, s.id, s.authority_id, s.target_id, s.body";
    private static readonly string AuthorityClause = $"s.authority_id IN (SELECT id FROM entities WHERE seq IN ({EntitiesNamed("$authority")}))";

    /// <summary>
    /// A sanction in force on <c>$asOf</c>, as <see cref="Holding.HoldsOn(Sanction, DateOnly)"/> says. Its first
    /// expression is the key of the index sanctions_by_held (schema version 6) word for word, or SQLite would not use it.
    /// </summary>
    private const string HeldClause = "coalesce(s.listed_min, s.first_seen, '0000-01-01') <= $asOf AND (s.ended_max IS NULL OR s.ended_max > $asOf)";

    /// <summary>
    /// A sanction its list carried on the day parameter <paramref name="day"/> (<see cref="SanctionTiming.KnownAsOf"/>):
    /// <paramref name="published"/> maps each dataset to its latest publication day by then (<see cref="Publications"/>);
    /// a hand-written sanction as it held on the day.
    /// </summary>
    private static string KnownClause(string day, string published) => $"""
        (CASE WHEN s.dataset IS NULL
          THEN coalesce(s.listed_min, s.first_seen, '0000-01-01') <= {day} AND (s.ended_max IS NULL OR s.ended_max > {day})
          ELSE EXISTS (SELECT 1 FROM json_each({published}) p WHERE p.key = s.dataset AND s.first_seen <= p.value AND s.last_seen >= p.value)
        END)
        """;

    /// <summary>
    /// Each dataset's latest publication day on or before the day, as a JSON object: the greater of the latest first
    /// and last seen days by then. The datasets are found by skipping through the index, so the work is a few seeks
    /// per dataset, however many sanctions each has.
    /// </summary>
    private static string Publications(SqliteSession session, DateOnly day)
    {
        using var reader = session.Command(
            """
            WITH RECURSIVE datasets (name) AS (
                SELECT min(dataset) FROM sanctions
                UNION ALL
                SELECT (SELECT min(dataset) FROM sanctions WHERE dataset > name) FROM datasets WHERE name IS NOT NULL)
            SELECT name, max(f, coalesce(l, f)) FROM (
                SELECT name,
                    (SELECT max(first_seen) FROM sanctions WHERE dataset = name AND first_seen <= $day) AS f,
                    (SELECT max(last_seen) FROM sanctions WHERE dataset = name AND last_seen <= $day) AS l
                FROM datasets WHERE name IS NOT NULL)
            WHERE f IS NOT NULL
            """,
            ("$day", Day(day))).ExecuteReader();
        var published = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read()) published[reader.GetString(0)] = reader.GetString(1);
        return System.Text.Json.JsonSerializer.Serialize(published);
    }

    public Task<IReadOnlyList<Sanction>> GetSanctionsTargetingAsync(IReadOnlyCollection<string> entityIds, SanctionTiming timing, CancellationToken cancellationToken = default)
    {
        return Read<IReadOnlyList<Sanction>>(session =>
        {
            var (where, arguments) = TimingWhere(session, timing.AsOf, timing.KnownAsOf);
            return ReadSanctions(session.Command(
                $"SELECT {SanctionColumns} FROM sanctions s WHERE s.target_id IN (SELECT value FROM json_each($ids)) AND {where} ORDER BY s.seq",
                [("$ids", JsonList(entityIds)), .. arguments])).Select(row => row.Node).ToList();
        }, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, Sanction>> GetSanctionsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyDictionary<string, Sanction>>(session => ReadSanctions(session.Command(
            $"SELECT {SanctionColumns} FROM sanctions s WHERE s.id IN (SELECT value FROM json_each($ids))",
            ("$ids", JsonList(ids)))).ToDictionary(row => row.Node.Id, row => row.Node, StringComparer.Ordinal), cancellationToken);

    public Task<IReadOnlyList<string>> ListActiveSanctionIdsAsync(string dataset, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<string>>(session =>
        {
            using var reader = session.Command("SELECT id FROM sanctions WHERE dataset = $dataset AND ended_min IS NULL", ("$dataset", dataset)).ExecuteReader();
            var ids = new List<string>();
            while (reader.Read()) ids.Add(reader.GetString(0));
            return ids;
        }, cancellationToken);

    public Task<Page<Sanction>> ListSanctionsAsync(SanctionFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        var after = SequenceCursor.Decode(page.After);
        return Read(session =>
        {
            var (where, arguments) = SanctionWhere(session, filter);
            var rows = ReadSanctions(session.Command(
                $"SELECT {SanctionColumns} FROM sanctions s WHERE {where} AND s.seq > $after ORDER BY s.seq LIMIT $limit",
                [.. arguments, ("$after", after), ("$limit", page.First + 1)]));
            var total = Count(session, $"SELECT count(*) FROM sanctions s WHERE {where}", [.. arguments]);
            return ToPage(rows, page.First, total);
        }, cancellationToken);
    }

    public Task<SanctionDiff> DiffSanctionsAsync(SanctionDiffQuery query, CancellationToken cancellationToken = default) =>
        Read(session =>
        {
            var (where, arguments) = SanctionWhere(session, new SanctionFilter { Authority = query.Authority, Dataset = query.Dataset });
            arguments.AddRange([
                ("$from", Day(query.From)), ("$publishedFrom", Publications(session, query.From)),
                ("$to", Day(query.To)), ("$publishedTo", Publications(session, query.To)),
                ("$limit", Math.Max(query.Limit, 0))]);
            var knownFrom = KnownClause("$from", "$publishedFrom");
            var knownTo = KnownClause("$to", "$publishedTo");
            var (added, addedCount) = ReadCounted(session, $"{where} AND {knownTo} AND NOT {knownFrom}", arguments);
            var (ended, endedCount) = ReadCounted(session, $"{where} AND {knownFrom} AND NOT {knownTo}", arguments);
            return new SanctionDiff(added, ended, addedCount, endedCount);
        }, cancellationToken);

    /// <summary>The first <c>$limit</c> sanctions a condition keeps, by insertion, and how many it keeps in all.</summary>
    private static (IReadOnlyList<Sanction> First, long Count) ReadCounted(SqliteSession session, string where, List<(string, object?)> arguments) =>
        ([.. ReadSanctions(session.Command($"SELECT {SanctionColumns} FROM sanctions s WHERE {where} ORDER BY s.seq LIMIT $limit", [.. arguments])).Select(row => row.Node)],
         Count(session, $"SELECT count(*) FROM sanctions s WHERE {where}", [.. arguments]));

    private static (string Where, List<(string, object?)> Arguments) SanctionWhere(SqliteSession session, SanctionFilter filter)
    {
        var clauses = new List<string> { "1" };
        var arguments = new List<(string, object?)>();
        if (filter.Authority is { } authority)
        {
            clauses.Add(AuthorityClause);
            arguments.Add(("$authority", authority.Trim()));
        }
        if (filter.Program is { } program)
        {
            clauses.Add("s.seq IN (SELECT sanction_seq FROM sanction_programs WHERE program = $program)");
            arguments.Add(("$program", program.Trim()));
        }
        if (filter.ListedFrom is { } from)
        {
            clauses.Add("s.listed_max >= $listedFrom");
            arguments.Add(("$listedFrom", Day(from)));
        }
        if (filter.ListedTo is { } to)
        {
            clauses.Add("s.listed_min <= $listedTo");
            arguments.Add(("$listedTo", Day(to)));
        }
        if (filter.TargetId is { } target)
        {
            clauses.Add("s.target_id = $target");
            arguments.Add(("$target", target));
        }
        if (filter.FirstSeenFrom is { } firstSeen)
        {
            clauses.Add("s.first_seen >= $firstSeenFrom");
            arguments.Add(("$firstSeenFrom", Day(firstSeen)));
        }
        var (timing, timingArguments) = TimingWhere(session, filter.ActiveOn, filter.KnownAsOf);
        clauses.Add(timing);
        arguments.AddRange(timingArguments);
        if (filter.Dataset is { } dataset)
        {
            clauses.Add("s.dataset = $dataset");
            arguments.Add(("$dataset", dataset));
        }
        return (string.Join(" AND ", clauses), arguments);
    }

    /// <summary>The clauses of an "as of" and a "known as of" day; "1" when neither is given.</summary>
    private static (string Where, List<(string, object?)> Arguments) TimingWhere(SqliteSession session, DateOnly? asOf, DateOnly? knownAsOf)
    {
        var clauses = new List<string> { "1" };
        var arguments = new List<(string, object?)>();
        if (asOf is { } day)
        {
            clauses.Add(HeldClause);
            arguments.Add(("$asOf", Day(day)));
        }
        if (knownAsOf is { } known)
        {
            clauses.Add(KnownClause("$knownAsOf", "$published"));
            arguments.Add(("$knownAsOf", Day(known)));
            arguments.Add(("$published", Publications(session, known)));
        }
        return (string.Join(" AND ", clauses), arguments);
    }

    private static List<(long Seq, Sanction Node)> ReadSanctions(SqliteCommand command)
    {
        var rows = new List<(long, Sanction)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(0), RecordBodies.ReadSanction(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4))));
        }
        return rows;
    }
}
