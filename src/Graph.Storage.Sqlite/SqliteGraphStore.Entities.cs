using Graph.Domain.Model;
using Graph.Domain.Store;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    private const string EntityColumns = "seq, id, kind, name, body";

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyDictionary<string, Entity>>(session => EntitiesById(session, ids), cancellationToken);

    public Task<Page<Entity>> ListEntitiesAsync(EntityFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        var after = SequenceCursor.Decode(page.After);
        return Read(session =>
        {
            var byKind = filter.Kinds.Count > 0;
            var kinds = byKind ? JsonList(filter.Kinds.Select(k => k.ToString())) : null;
            var where = byKind ? "kind IN (SELECT value FROM json_each($kinds))" : "1";
            var rows = ReadEntities(session.Command(
                $"SELECT {EntityColumns} FROM entities WHERE {where} AND seq > $after ORDER BY seq LIMIT $limit",
                ("$kinds", kinds), ("$after", after), ("$limit", page.First + 1)));
            var total = Count(session, $"SELECT count(*) FROM entities WHERE {where}", ("$kinds", kinds));
            return ToPage(rows, page.First, total);
        }, cancellationToken);
    }

    private static Dictionary<string, Entity> EntitiesById(SqliteSession session, IReadOnlyCollection<string> ids)
    {
        var command = ids.Count == 1
            ? session.Command($"SELECT {EntityColumns} FROM entities WHERE id = $id", ("$id", ids.First()))
            : session.Command($"SELECT {EntityColumns} FROM entities WHERE id IN (SELECT value FROM json_each($ids))", ("$ids", JsonList(ids)));
        return ReadEntities(command).ToDictionary(row => row.Node.Id, row => row.Node, StringComparer.Ordinal);
    }

    private static List<(long Seq, Entity Node)> ReadEntities(SqliteCommand command)
    {
        var rows = new List<(long, Entity)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(0), RecordBodies.ReadEntity(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4))));
        }
        return rows;
    }

    private static Page<T> ToPage<T>(List<(long Seq, T Node)> rows, int first, long total)
    {
        var items = rows.Take(first).Select(row => new PageItem<T>(row.Node, SequenceCursor.Encode(row.Seq))).ToList();
        return new Page<T>(items, rows.Count > first, total);
    }
}
