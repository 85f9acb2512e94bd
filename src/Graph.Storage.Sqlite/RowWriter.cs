using System.Text;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Storage.Sqlite;

/// <summary>
/// Inserts or replaces the rows of one write, each with its derived rows (aliases, search text, match keys, programmes), through
/// statements prepared once per write. A row is inserted when its id is new; otherwise it is updated in place, keeping
/// its sequence number, and its derived rows are written again.
/// </summary>
internal sealed class RowWriter : IDisposable
{
    // The kinds as the kind column spells them, by value (EntityKind counts from 0).
    private static readonly byte[][] KindNames =
        [.. Enum.GetValues<EntityKind>().OrderBy(kind => (int)kind).Select(kind => Encoding.UTF8.GetBytes(kind.ToString()))];

    private const string SanctionColumns = "authority_id, target_id, listed_min, listed_max, dataset, first_seen, ended_min, ended_max, last_seen, body";

    private readonly SqliteStatement _insertEntity;
    private readonly SqliteStatement _updateEntity;
    private readonly SqliteStatement _insertAlias;
    private readonly SqliteStatement _deleteAliases;
    private readonly SqliteStatement _insertSearch;
    private readonly SqliteStatement _deleteSearch;
    private readonly SqliteStatement _insertMatchKeys;
    private readonly SqliteStatement _deleteMatchKeys;
    private readonly SqliteStatement _insertSanction;
    private readonly SqliteStatement _updateSanction;
    private readonly SqliteStatement _insertProgram;
    private readonly SqliteStatement _deletePrograms;
    private readonly SqliteStatement _upsertRelationship;
    private byte[] _text = new byte[1024];

    public RowWriter(SqliteSession session)
    {
        var connection = session.Connection;
        _insertEntity = new(connection, "INSERT INTO entities (id, kind, name, body) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (id) DO NOTHING");
        _updateEntity = new(connection, "UPDATE entities SET kind = ?2, name = ?3, body = ?4 WHERE id = ?1 RETURNING seq");
        _insertAlias = new(connection, "INSERT OR IGNORE INTO entity_aliases (alias, entity_seq) VALUES (?1, ?2)");
        _deleteAliases = new(connection, "DELETE FROM entity_aliases WHERE entity_seq = ?1");
        _insertSearch = new(connection, "INSERT INTO entity_search (rowid, names) VALUES (?1, ?2)");
        _deleteSearch = new(connection, "DELETE FROM entity_search WHERE rowid = ?1");
        _insertMatchKeys = new(connection, "INSERT INTO entity_match_keys (rowid, keys) VALUES (?1, ?2)");
        _deleteMatchKeys = new(connection, "DELETE FROM entity_match_keys WHERE rowid = ?1");
        _insertSanction = new(connection,
            $"INSERT INTO sanctions (id, {SanctionColumns}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT (id) DO NOTHING");
        _updateSanction = new(connection,
            $"UPDATE sanctions SET ({SanctionColumns}) = (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) WHERE id = ?1 RETURNING seq");
        _insertProgram = new(connection, "INSERT OR IGNORE INTO sanction_programs (program, sanction_seq) VALUES (?1, ?2)");
        _deletePrograms = new(connection, "DELETE FROM sanction_programs WHERE sanction_seq = ?1");
        _upsertRelationship = new(connection,
            """
            INSERT INTO relationships (id, type, from_id, to_id, start_min, end_max, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            ON CONFLICT (id) DO UPDATE SET type = excluded.type, from_id = excluded.from_id, to_id = excluded.to_id,
                start_min = excluded.start_min, end_max = excluded.end_max, body = excluded.body
            """);
    }

    /// <summary>The rows of a batch: its entities, then its sanctions, then its relationships.</summary>
    public void Write(GraphBatch batch, CancellationToken cancellationToken)
    {
        Entities(batch.Entities, cancellationToken);
        Sanctions(batch.Sanctions, cancellationToken);
        Relationships(batch.Relationships, cancellationToken);
    }

    private void Entities(IReadOnlyList<Entity> entities, CancellationToken cancellationToken)
    {
        // The match keys are made beside the bodies, on the pipeline's core, so that SQLite's core only inserts them.
        using var bodies = new BodyPipeline<Entity>(entities, static (writer, entity) => writer.Entity(entity), MatchKeyIndex.Document);
        for (var i = 0; i < entities.Count; i++)
        {
            if (i % 4096 == 0) cancellationToken.ThrowIfCancellationRequested();
            Entity(entities[i], bodies.Next(), bodies.Text!);
        }
    }

    private void Sanctions(IReadOnlyList<Sanction> sanctions, CancellationToken cancellationToken)
    {
        using var bodies = new BodyPipeline<Sanction>(sanctions, static (writer, sanction) => writer.Sanction(sanction));
        for (var i = 0; i < sanctions.Count; i++)
        {
            if (i % 4096 == 0) cancellationToken.ThrowIfCancellationRequested();
            Sanction(sanctions[i], bodies.Next());
        }
    }

    private void Relationships(IReadOnlyList<Relationship> relationships, CancellationToken cancellationToken)
    {
        using var bodies = new BodyPipeline<Relationship>(relationships, static (writer, relationship) => writer.Relationship(relationship));
        for (var i = 0; i < relationships.Count; i++)
        {
            if (i % 4096 == 0) cancellationToken.ThrowIfCancellationRequested();
            var relationship = relationships[i];
            _upsertRelationship
                .Bind(1, relationship.Id).Bind(2, relationship.Type).Bind(3, relationship.FromId).Bind(4, relationship.ToId)
                .Bind(5, Day(relationship.StartDate?.Earliest)).Bind(6, Day(relationship.EndDate?.Latest))
                .Bind(7, bodies.Next())
                .Execute();
        }
    }

    private void Entity(Entity entity, ReadOnlySpan<byte> body, string matchKeys)
    {
        var kind = KindNames[(int)entity.Kind];
        var name = Utf8(entity.Name);
        long seq;
        if (_insertEntity.Bind(1, entity.Id).Bind(2, kind).Bind(3, name).Bind(4, body).Execute() == 1)
        {
            seq = _insertEntity.LastInsertRowId;
        }
        else
        {
            seq = _updateEntity.Bind(1, entity.Id).Bind(2, kind).Bind(3, name).Bind(4, body).ExecuteInt64()!.Value;
            _deleteAliases.Bind(1, seq).Execute();
            _deleteSearch.Bind(1, seq).Execute();
            _deleteMatchKeys.Bind(1, seq).Execute();
        }
        var aliases = entity.Aliases;
        for (var i = 0; i < aliases.Count; i++) _insertAlias.Bind(1, aliases[i]).Bind(2, seq).Execute();
        // One document per entity: its name and aliases on lines of their own.
        _insertSearch.Bind(1, seq);
        if (aliases.Count == 0) _insertSearch.Bind(2, name);
        else _insertSearch.Bind(2, string.Join('\n', [entity.Name, .. aliases]));
        _insertSearch.Execute();
        _insertMatchKeys.Bind(1, seq).Bind(2, matchKeys).Execute();
    }

    /// <summary>The text as UTF-8 in a buffer of this writer, valid until the next call.</summary>
    private ReadOnlySpan<byte> Utf8(string text)
    {
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (most > _text.Length) _text = new byte[Math.Max(most, _text.Length * 2)];
        return _text.AsSpan(0, Encoding.UTF8.GetBytes(text, _text));
    }

    private void Sanction(Sanction sanction, ReadOnlySpan<byte> body)
    {
        long seq;
        if (Columns(_insertSanction, sanction, body).Execute() == 1)
        {
            seq = _insertSanction.LastInsertRowId;
        }
        else
        {
            seq = Columns(_updateSanction, sanction, body).ExecuteInt64()!.Value;
            _deletePrograms.Bind(1, seq).Execute();
        }
        foreach (var program in sanction.Programs) _insertProgram.Bind(1, program).Bind(2, seq).Execute();
    }

    public void Dispose()
    {
        foreach (var statement in (SqliteStatement[])[_insertEntity, _updateEntity, _insertAlias, _deleteAliases, _insertSearch, _deleteSearch, _insertMatchKeys, _deleteMatchKeys,
                     _insertSanction, _updateSanction, _insertProgram, _deletePrograms, _upsertRelationship])
        {
            statement.Dispose();
        }
    }

    private static SqliteStatement Columns(SqliteStatement statement, Sanction sanction, ReadOnlySpan<byte> body) =>
        statement
            .Bind(1, sanction.Id).Bind(2, sanction.AuthorityId).Bind(3, sanction.TargetId)
            .Bind(4, Day(sanction.ListedOn?.Earliest)).Bind(5, Day(sanction.ListedOn?.Latest))
            .Bind(6, sanction.Dataset).Bind(7, Day(sanction.FirstSeen?.Earliest))
            .Bind(8, Day(sanction.EndedOn?.Earliest)).Bind(9, Day(sanction.EndedOn?.Latest))
            .Bind(10, Day(sanction.LastSeen?.Earliest))
            .Bind(11, body);

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd");
}
