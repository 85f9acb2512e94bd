using Graph.Domain.Model;
using Graph.Domain.Store;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    private const string SanctionColumns = "s.seq, s.id, s.authority_id, s.target_id, s.body";
    private static readonly string AuthorityClause = $"s.authority_id IN (SELECT id FROM entities WHERE seq IN ({EntitiesNamed("$authority")}))";

    public Task<IReadOnlyList<Sanction>> GetSanctionsTargetingAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<Sanction>>(session => ReadSanctions(session.Command(
            $"SELECT {SanctionColumns} FROM sanctions s WHERE s.target_id IN (SELECT value FROM json_each($ids)) ORDER BY s.seq",
            ("$ids", JsonList(entityIds)))).Select(row => row.Node).ToList(), cancellationToken);

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
        var (where, arguments) = SanctionWhere(filter);
        return Read(session =>
        {
            var rows = ReadSanctions(session.Command(
                $"SELECT {SanctionColumns} FROM sanctions s WHERE {where} AND s.seq > $after ORDER BY s.seq LIMIT $limit",
                [.. arguments, ("$after", after), ("$limit", page.First + 1)]));
            var total = Count(session, $"SELECT count(*) FROM sanctions s WHERE {where}", [.. arguments]);
            return ToPage(rows, page.First, total);
        }, cancellationToken);
    }

    private static (string Where, List<(string, object?)> Arguments) SanctionWhere(SanctionFilter filter)
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
        if (filter.ActiveOn is { } activeOn)
        {
            clauses.Add("coalesce(s.listed_min, s.first_seen, '0000-01-01') <= $activeOn AND (s.ended_min IS NULL OR s.ended_min > $activeOn)");
            arguments.Add(("$activeOn", Day(activeOn)));
        }
        if (filter.Dataset is { } dataset)
        {
            clauses.Add("s.dataset = $dataset");
            arguments.Add(("$dataset", dataset));
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
