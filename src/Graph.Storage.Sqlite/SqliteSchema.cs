using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// The versioned schema. <c>PRAGMA user_version</c> holds the version a file is at; each migration
/// moves it one step forward inside a transaction.
/// </summary>
internal static class SqliteSchema
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE entities (
            seq  INTEGER PRIMARY KEY,
            id   TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            body TEXT NOT NULL
        );
        CREATE INDEX entities_by_kind ON entities (kind, seq);

        -- Every string that identifies an entity exactly: its id, name and aliases.
        CREATE TABLE entity_names (
            name       TEXT NOT NULL COLLATE NOCASE,
            entity_seq INTEGER NOT NULL,
            PRIMARY KEY (name, entity_seq)
        ) WITHOUT ROWID;
        CREATE INDEX entity_names_by_entity ON entity_names (entity_seq);

        -- Folded name and alias tokens for search; rowid is entities.seq.
        CREATE VIRTUAL TABLE entity_search USING fts5 (
            names, content = '', contentless_delete = 1,
            tokenize = 'unicode61 remove_diacritics 2'
        );

        CREATE TABLE sanctions (
            seq          INTEGER PRIMARY KEY,
            id           TEXT NOT NULL UNIQUE,
            authority_id TEXT NOT NULL,
            target_id    TEXT NOT NULL,
            listed_min   TEXT,
            listed_max   TEXT,
            body         TEXT NOT NULL
        );
        CREATE INDEX sanctions_by_target ON sanctions (target_id);
        CREATE INDEX sanctions_by_authority ON sanctions (authority_id, seq);

        CREATE TABLE sanction_programs (
            program      TEXT NOT NULL COLLATE NOCASE,
            sanction_seq INTEGER NOT NULL,
            PRIMARY KEY (program, sanction_seq)
        ) WITHOUT ROWID;
        CREATE INDEX sanction_programs_by_sanction ON sanction_programs (sanction_seq);

        CREATE TABLE relationships (
            seq     INTEGER PRIMARY KEY,
            id      TEXT NOT NULL UNIQUE,
            type    TEXT NOT NULL,
            from_id TEXT NOT NULL,
            to_id   TEXT NOT NULL,
            body    TEXT NOT NULL
        );
        CREATE INDEX relationships_by_from ON relationships (from_id, type);
        CREATE INDEX relationships_by_to ON relationships (to_id, type);
        """,
        """
        -- Version 2: publications of lists. Which list a sanction came from, when a publication first carried it,
        -- and when it ended, as columns so that delisting, activeOn and the change feed use indexes.
        ALTER TABLE sanctions ADD COLUMN dataset TEXT;
        ALTER TABLE sanctions ADD COLUMN first_seen TEXT;
        ALTER TABLE sanctions ADD COLUMN ended_min TEXT;
        ALTER TABLE sanctions ADD COLUMN ended_max TEXT;
        UPDATE sanctions SET
            ended_min = CASE length(body ->> '$.endedOn') WHEN 4 THEN (body ->> '$.endedOn') || '-01-01' WHEN 7 THEN (body ->> '$.endedOn') || '-01' ELSE body ->> '$.endedOn' END,
            ended_max = CASE length(body ->> '$.endedOn') WHEN 4 THEN (body ->> '$.endedOn') || '-12-31' WHEN 7 THEN date((body ->> '$.endedOn') || '-01', '+1 month', '-1 day') ELSE body ->> '$.endedOn' END;
        CREATE INDEX sanctions_by_dataset ON sanctions (dataset, ended_min);
        CREATE INDEX sanctions_by_first_seen ON sanctions (first_seen);
        CREATE INDEX sanctions_by_ended ON sanctions (ended_min);
        """,
        """
        -- Version 3: an entity's id and name are found ignoring case through indexes of entities itself, so the names
        -- table keeps only aliases; it held two rows per entity besides, the costliest part of a bulk import. An id
        -- in lower case is found ignoring case through the unique index of ids; only the others are indexed folded.
        CREATE INDEX entities_by_folded_id ON entities (lower(id)) WHERE id <> lower(id);
        CREATE INDEX entities_by_name ON entities (name COLLATE NOCASE);
        CREATE TABLE entity_aliases (
            alias      TEXT NOT NULL COLLATE NOCASE,
            entity_seq INTEGER NOT NULL,
            PRIMARY KEY (alias, entity_seq)
        ) WITHOUT ROWID;
        CREATE INDEX entity_aliases_by_entity ON entity_aliases (entity_seq);
        INSERT OR IGNORE INTO entity_aliases (alias, entity_seq) SELECT a.value, e.seq FROM entities e, json_each(e.body, '$.aliases') a;
        DROP TABLE entity_names;
        """,
        """
        -- Version 4: the match-candidate index (MatchKeyIndex). Each entity is one document whose tokens are its match
        -- keys; rowid is entities.seq. Keys are made in C#, so the rows are built on start (MatchKeyBackfill), and the
        -- version of the rules they were built under is kept beside them: none yet, so the first start builds them.
        CREATE VIRTUAL TABLE entity_match_keys USING fts5 (
            keys, content = '', contentless_delete = 1, detail = none,
            tokenize = "ascii tokenchars ':_'"
        );
        CREATE TABLE match_keys_version (version INTEGER NOT NULL);
        """,
        """
        -- Version 5: reads as of a day. The latest publication that carried a sanction (its lastSeen), and the first
        -- day a relationship may have started and the last it may have ended, as columns, so that knownAsOf finds a
        -- dataset's publication days by index and asOf cuts relationships without parsing their bodies.
        ALTER TABLE sanctions ADD COLUMN last_seen TEXT;
        UPDATE sanctions SET
            last_seen = CASE length(body ->> '$.lastSeen') WHEN 4 THEN (body ->> '$.lastSeen') || '-01-01' WHEN 7 THEN (body ->> '$.lastSeen') || '-01' ELSE body ->> '$.lastSeen' END;
        CREATE INDEX sanctions_by_dataset_first_seen ON sanctions (dataset, first_seen);
        CREATE INDEX sanctions_by_dataset_last_seen ON sanctions (dataset, last_seen);
        ALTER TABLE relationships ADD COLUMN start_min TEXT;
        ALTER TABLE relationships ADD COLUMN end_max TEXT;
        UPDATE relationships SET
            start_min = CASE length(body ->> '$.startDate') WHEN 4 THEN (body ->> '$.startDate') || '-01-01' WHEN 7 THEN (body ->> '$.startDate') || '-01' ELSE body ->> '$.startDate' END,
            end_max = CASE length(body ->> '$.endDate') WHEN 4 THEN (body ->> '$.endDate') || '-12-31' WHEN 7 THEN date((body ->> '$.endDate') || '-01', '+1 month', '-1 day') ELSE body ->> '$.endDate' END
        WHERE body ->> '$.startDate' IS NOT NULL OR body ->> '$.endDate' IS NOT NULL;
        """,
        """
        -- Version 6: a sanction list as of a day (activeOn) counts its total from an index. The key is the first day a
        -- sanction may hold, as HeldClause writes it, so the count seeks to the sanctions listed by the day; the other
        -- columns it reads are in the index, so it never reads the rows and their bodies.
        CREATE INDEX sanctions_by_held ON sanctions (coalesce(listed_min, first_seen, '0000-01-01'), ended_max, listed_min, first_seen);
        """,
    ];

    /// <summary>The version a fully migrated file is at.</summary>
    public static int CurrentVersion => Migrations.Length;

    /// <summary>Brings the file up to <see cref="CurrentVersion"/>; refuses a file from a newer build.</summary>
    /// <param name="connection">An open connection to the file.</param>
    /// <param name="target">The version to stop at instead, for tests that build a file as an older build left it.</param>
    public static void Migrate(SqliteConnection connection, int? target = null)
    {
        var version = Convert.ToInt32(Execute(connection, "PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture);
        if (version > CurrentVersion)
        {
            throw new InvalidOperationException(
                $"The store file is at schema version {version}, newer than this build's {CurrentVersion}; upgrade the service.");
        }
        for (var next = version; next < (target ?? CurrentVersion); next++)
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"{Migrations[next]}\nPRAGMA user_version = {next + 1};";
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    private static object? Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
