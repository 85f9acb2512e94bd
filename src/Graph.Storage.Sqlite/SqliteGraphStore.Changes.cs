using System.Globalization;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    public Task<Page<DesignationChange>> ListChangesAsync(ChangeFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        // The feed is a union of two indexed scans; its cursor is the position in that ordered union.
        var offset = SequenceCursor.Decode(page.After);
        var clauses = new List<string>();
        var arguments = new List<(string, object?)> { ("$since", Day(filter.Since)) };
        if (filter.Authority is { } authority)
        {
            clauses.Add(AuthorityClause);
            arguments.Add(("$authority", authority.Trim()));
        }
        if (filter.Dataset is { } dataset)
        {
            clauses.Add("s.dataset = $dataset");
            arguments.Add(("$dataset", dataset));
        }
        var where = clauses.Count == 0 ? "" : " AND " + string.Join(" AND ", clauses);
        var union = $"""
            SELECT 0 AS kind, coalesce(s.first_seen, s.listed_min) AS day, {SanctionColumns} FROM sanctions s
            WHERE coalesce(s.first_seen, s.listed_min) >= $since{where}
            UNION ALL
            SELECT 1 AS kind, s.ended_min AS day, {SanctionColumns} FROM sanctions s
            WHERE s.ended_min >= $since{where}
            """;
        return Read(session =>
        {
            var rows = new List<(long, DesignationChange)>();
            using (var reader = session.Command($"{union} ORDER BY day, kind, seq LIMIT $limit OFFSET $offset",
                [.. arguments, ("$limit", page.First + 1), ("$offset", offset)]).ExecuteReader())
            {
                var position = offset;
                while (reader.Read())
                {
                    var sanction = RecordBodies.ReadSanction(reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6));
                    var kind = reader.GetInt64(0) == 0 ? ChangeKind.Added : ChangeKind.Ended;
                    var day = kind == ChangeKind.Added
                        ? sanction.FirstSeen ?? sanction.ListedOn!.Value
                        : sanction.EndedOn!.Value;
                    rows.Add((++position, new DesignationChange(kind, day, sanction)));
                }
            }
            var total = Count(session, $"SELECT count(*) FROM ({union})", [.. arguments]);
            return ToPage(rows, page.First, total);
        }, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, string>> ResolveNamesAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyDictionary<string, string>>(session =>
        {
            var found = new Dictionary<string, string>(StringComparer.Ordinal);
            using var reader = session.Command(
                """
                SELECT n.value, e.seq, e.id FROM json_each($names) n JOIN entities e ON e.id = lower(n.value)
                UNION ALL SELECT n.value, e.seq, e.id FROM json_each($names) n JOIN entities e ON lower(e.id) = lower(n.value) AND e.id <> lower(e.id)
                UNION ALL SELECT n.value, e.seq, e.id FROM json_each($names) n JOIN entities e ON e.name = n.value COLLATE NOCASE
                UNION ALL SELECT n.value, e.seq, e.id FROM json_each($names) n JOIN entity_aliases a ON a.alias = n.value JOIN entities e ON e.seq = a.entity_seq
                ORDER BY 2
                """,
                ("$names", JsonList(names))).ExecuteReader();
            while (reader.Read()) found.TryAdd(reader.GetString(0), reader.GetString(2));
            return found;
        }, cancellationToken);
}
