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
            foreach (var entity in batch.Entities)
            {
                cancellationToken.ThrowIfCancellationRequested();
                WriteEntity(session, entity);
            }
            foreach (var sanction in batch.Sanctions) WriteSanction(session, sanction);
            foreach (var relationship in batch.Relationships) WriteRelationship(session, relationship);
            cancellationToken.ThrowIfCancellationRequested();
            session.Transaction!.Commit();
        }
        finally
        {
            session.EndTransaction();
        }
        return Task.CompletedTask;
    }

    private static void WriteEntity(SqliteSession session, Entity entity)
    {
        var seq = (long)session.Command(
            """
            INSERT INTO entities (id, kind, name, body) VALUES ($id, $kind, $name, $body)
            ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, body = excluded.body
            RETURNING seq
            """,
            ("$id", entity.Id), ("$kind", entity.Kind.ToString()), ("$name", entity.Name), ("$body", RecordBodies.Write(entity))).ExecuteScalar()!;
        session.Command("DELETE FROM entity_names WHERE entity_seq = $seq", ("$seq", seq)).ExecuteNonQuery();
        session.Command("DELETE FROM entity_search WHERE rowid = $seq", ("$seq", seq)).ExecuteNonQuery();
        foreach (var name in entity.Aliases.Prepend(entity.Name).Prepend(entity.Id))
        {
            session.Command("INSERT OR IGNORE INTO entity_names (name, entity_seq) VALUES ($name, $seq)", ("$name", name), ("$seq", seq)).ExecuteNonQuery();
        }
        session.Command("INSERT INTO entity_search (rowid, names) VALUES ($seq, $names)",
            ("$seq", seq), ("$names", string.Join('\n', entity.Aliases.Prepend(entity.Name)))).ExecuteNonQuery();
    }

    private static void WriteSanction(SqliteSession session, Sanction sanction)
    {
        var seq = (long)session.Command(
            """
            INSERT INTO sanctions (id, authority_id, target_id, listed_min, listed_max, dataset, first_seen, ended_min, ended_max, body)
            VALUES ($id, $authority, $target, $listedMin, $listedMax, $dataset, $firstSeen, $endedMin, $endedMax, $body)
            ON CONFLICT (id) DO UPDATE SET authority_id = excluded.authority_id, target_id = excluded.target_id,
                listed_min = excluded.listed_min, listed_max = excluded.listed_max, dataset = excluded.dataset,
                first_seen = excluded.first_seen, ended_min = excluded.ended_min, ended_max = excluded.ended_max, body = excluded.body
            RETURNING seq
            """,
            ("$id", sanction.Id), ("$authority", sanction.AuthorityId), ("$target", sanction.TargetId),
            ("$listedMin", Day(sanction.ListedOn?.Earliest)), ("$listedMax", Day(sanction.ListedOn?.Latest)),
            ("$dataset", sanction.Dataset), ("$firstSeen", Day(sanction.FirstSeen?.Earliest)),
            ("$endedMin", Day(sanction.EndedOn?.Earliest)), ("$endedMax", Day(sanction.EndedOn?.Latest)),
            ("$body", RecordBodies.Write(sanction))).ExecuteScalar()!;
        session.Command("DELETE FROM sanction_programs WHERE sanction_seq = $seq", ("$seq", seq)).ExecuteNonQuery();
        foreach (var program in sanction.Programs)
        {
            session.Command("INSERT OR IGNORE INTO sanction_programs (program, sanction_seq) VALUES ($program, $seq)", ("$program", program), ("$seq", seq)).ExecuteNonQuery();
        }
    }

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

    private static void WriteRelationship(SqliteSession session, Relationship relationship) =>
        session.Command(
            """
            INSERT INTO relationships (id, type, from_id, to_id, body) VALUES ($id, $type, $from, $to, $body)
            ON CONFLICT (id) DO UPDATE SET type = excluded.type, from_id = excluded.from_id, to_id = excluded.to_id, body = excluded.body
            """,
            ("$id", relationship.Id), ("$type", relationship.Type), ("$from", relationship.FromId), ("$to", relationship.ToId),
            ("$body", RecordBodies.Write(relationship))).ExecuteNonQuery();
}
