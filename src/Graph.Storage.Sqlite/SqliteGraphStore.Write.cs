using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    public Task WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        using var lease = _pool.Rent();
        var session = lease.Session;
        session.BeginTransaction();
        try
        {
            foreach (var id in batch.DeletedRelationshipIds) session.Command("DELETE FROM relationships WHERE id = $id", ("$id", id)).ExecuteNonQuery();
            foreach (var id in batch.DeletedSanctionIds) DeleteSanction(session, id);
            foreach (var id in batch.DeletedEntityIds) DeleteEntity(session, id);

            // Rows are written one by one; the tables derived from them (names, search, programmes) are filled
            // afterwards by one set-based statement each, over the rows this batch inserted or replaced.
            var entities = new WrittenRows(session, "entities");
            foreach (var entity in batch.Entities)
            {
                cancellationToken.ThrowIfCancellationRequested();
                WriteEntity(session, entity, entities);
            }
            IndexEntityNames(session, entities);
            var sanctions = new WrittenRows(session, "sanctions");
            foreach (var sanction in batch.Sanctions) WriteSanction(session, sanction, sanctions);
            IndexSanctionPrograms(session, sanctions);
            foreach (var relationship in batch.Relationships) WriteRelationship(session, relationship);
            cancellationToken.ThrowIfCancellationRequested();
            session.Transaction!.Commit();
        }
        finally
        {
            session.EndTransaction();
            _changes.WroteLocally();
        }
        return Task.CompletedTask;
    }

    private static void WriteEntity(SqliteSession session, Entity entity, WrittenRows written)
    {
        (string, object?)[] values = [("$id", entity.Id), ("$kind", entity.Kind.ToString()), ("$name", entity.Name), ("$body", RecordBodies.Write(entity))];
        if (session.Command("INSERT INTO entities (id, kind, name, body) VALUES ($id, $kind, $name, $body) ON CONFLICT (id) DO NOTHING RETURNING seq", values).ExecuteScalar() is long)
        {
            return;
        }
        var seq = (long)session.Command("UPDATE entities SET kind = $kind, name = $name, body = $body WHERE id = $id RETURNING seq", values).ExecuteScalar()!;
        session.Command("DELETE FROM entity_names WHERE entity_seq = $seq", ("$seq", seq)).ExecuteNonQuery();
        session.Command("DELETE FROM entity_search WHERE rowid = $seq", ("$seq", seq)).ExecuteNonQuery();
        written.Replaced.Add(seq);
    }

    private static void IndexEntityNames(SqliteSession session, WrittenRows written)
    {
        var rows = written.Rows("e");
        session.Command(
            $"""
            INSERT OR IGNORE INTO entity_names (name, entity_seq)
            SELECT e.id, e.seq FROM {rows}
            UNION ALL SELECT e.name, e.seq FROM {rows}
            UNION ALL SELECT a.value, e.seq FROM {rows}, json_each(e.body, '$.aliases') a
            """,
            written.Arguments).ExecuteNonQuery();
        session.Command(
            $"""
            INSERT INTO entity_search (rowid, names)
            SELECT e.seq, e.name || coalesce(char(10) || (SELECT group_concat(a.value, char(10)) FROM json_each(e.body, '$.aliases') a), '')
            FROM {rows}
            """,
            written.Arguments).ExecuteNonQuery();
    }

    private static void WriteSanction(SqliteSession session, Sanction sanction, WrittenRows written)
    {
        (string, object?)[] values =
        [
            ("$id", sanction.Id), ("$authority", sanction.AuthorityId), ("$target", sanction.TargetId),
            ("$listedMin", Day(sanction.ListedOn?.Earliest)), ("$listedMax", Day(sanction.ListedOn?.Latest)),
            ("$dataset", sanction.Dataset), ("$firstSeen", Day(sanction.FirstSeen?.Earliest)),
            ("$endedMin", Day(sanction.EndedOn?.Earliest)), ("$endedMax", Day(sanction.EndedOn?.Latest)),
            ("$body", RecordBodies.Write(sanction)),
        ];
        const string Insert = """
            INSERT INTO sanctions (id, authority_id, target_id, listed_min, listed_max, dataset, first_seen, ended_min, ended_max, body)
            VALUES ($id, $authority, $target, $listedMin, $listedMax, $dataset, $firstSeen, $endedMin, $endedMax, $body)
            ON CONFLICT (id) DO NOTHING RETURNING seq
            """;
        if (session.Command(Insert, values).ExecuteScalar() is long) return;
        var seq = (long)session.Command(
            """
            UPDATE sanctions SET authority_id = $authority, target_id = $target, listed_min = $listedMin, listed_max = $listedMax,
                dataset = $dataset, first_seen = $firstSeen, ended_min = $endedMin, ended_max = $endedMax, body = $body
            WHERE id = $id RETURNING seq
            """, values).ExecuteScalar()!;
        session.Command("DELETE FROM sanction_programs WHERE sanction_seq = $seq", ("$seq", seq)).ExecuteNonQuery();
        written.Replaced.Add(seq);
    }

    private static void IndexSanctionPrograms(SqliteSession session, WrittenRows written) =>
        session.Command(
            $"INSERT OR IGNORE INTO sanction_programs (program, sanction_seq) SELECT p.value, s.seq FROM {written.Rows("s")}, json_each(s.body, '$.programs') p",
            written.Arguments).ExecuteNonQuery();

    private static void WriteRelationship(SqliteSession session, Relationship relationship) =>
        session.Command(
            """
            INSERT INTO relationships (id, type, from_id, to_id, body) VALUES ($id, $type, $from, $to, $body)
            ON CONFLICT (id) DO UPDATE SET type = excluded.type, from_id = excluded.from_id, to_id = excluded.to_id, body = excluded.body
            """,
            ("$id", relationship.Id), ("$type", relationship.Type), ("$from", relationship.FromId), ("$to", relationship.ToId),
            ("$body", RecordBodies.Write(relationship))).ExecuteNonQuery();

    private static void DeleteSanction(SqliteSession session, string id)
    {
        session.Command("DELETE FROM sanction_programs WHERE sanction_seq = (SELECT seq FROM sanctions WHERE id = $id)", ("$id", id)).ExecuteNonQuery();
        session.Command("DELETE FROM sanctions WHERE id = $id", ("$id", id)).ExecuteNonQuery();
    }

    private static void DeleteEntity(SqliteSession session, string id)
    {
        if (session.Command("SELECT seq FROM entities WHERE id = $id", ("$id", id)).ExecuteScalar() is not long seq) return;
        session.Command("DELETE FROM sanction_programs WHERE sanction_seq IN (SELECT seq FROM sanctions WHERE target_id = $id)", ("$id", id)).ExecuteNonQuery();
        session.Command("DELETE FROM sanctions WHERE target_id = $id", ("$id", id)).ExecuteNonQuery();
        session.Command("DELETE FROM relationships WHERE from_id = $id", ("$id", id)).ExecuteNonQuery();
        session.Command("DELETE FROM relationships WHERE to_id = $id", ("$id", id)).ExecuteNonQuery();
        session.Command("DELETE FROM entity_names WHERE entity_seq = $seq", ("$seq", seq)).ExecuteNonQuery();
        session.Command("DELETE FROM entity_search WHERE rowid = $seq", ("$seq", seq)).ExecuteNonQuery();
        session.Command("DELETE FROM entities WHERE seq = $seq", ("$seq", seq)).ExecuteNonQuery();
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd");

    /// <summary>
    /// The rows of one table that a batch wrote: every row past the highest sequence number before the batch
    /// (inserted) plus those it replaced. Taken after the batch's deletions, so a reused number is still past it.
    /// </summary>
    private sealed class WrittenRows(SqliteSession session, string table)
    {
        private readonly string _table = table;
        private readonly long _before = (long)session.Command($"SELECT coalesce(max(seq), 0) FROM {table}").ExecuteScalar()!;

        public List<long> Replaced { get; } = [];

        public (string, object?)[] Arguments => [("$before", _before), ("$replaced", JsonList(Replaced))];

        /// <summary>A FROM clause over the written rows: a rowid range plus rowid look-ups, both cheap at any table size.</summary>
        public string Rows(string alias) =>
            $"(SELECT seq FROM {_table} WHERE seq > $before UNION SELECT value FROM json_each($replaced)) written JOIN {_table} {alias} ON {alias}.seq = written.seq";
    }
}
