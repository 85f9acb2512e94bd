using Graph.Domain.Matching;

namespace Graph.Storage.Sqlite;

/// <summary>
/// Builds the match-candidate index (<see cref="MatchKeyIndex"/>) from the entities' rows when it was built under
/// other rules than this build's <see cref="MatchKeys.Version"/>, or never: a file that version 4 of the schema just
/// reached, or one whose keys an older build made. All of it runs in one transaction, so that a failed or interrupted
/// start leaves the old index and its version as they were, and the next start tries again.
/// </summary>
internal static class MatchKeyBackfill
{
    /// <summary>How many entities are read and indexed at a time, which bounds the memory a backfill holds.</summary>
    private const int BatchSize = 10_000;

    private const string EntitiesAfter = "SELECT seq, id, kind, name, body FROM entities WHERE seq > $after ORDER BY seq LIMIT $limit";

    /// <summary>Rebuilds the index when its version is not this build's; answers whether it did.</summary>
    public static bool EnsureCurrent(SqliteSession session, CancellationToken cancellationToken)
    {
        if (BuiltVersion(session) == MatchKeys.Version) return false;
        session.BeginTransaction();
        try
        {
            // Another process may have built it while this one waited for the write lock.
            if (BuiltVersion(session) == MatchKeys.Version) return false;
            session.Command("INSERT INTO entity_match_keys (entity_match_keys) VALUES ('delete-all')").ExecuteNonQuery();
            using (var insert = new SqliteStatement(session.Connection, "INSERT INTO entity_match_keys (rowid, keys) VALUES (?1, ?2)"))
            {
                for (var after = 0L; ;)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var batch = Batch(session, after);
                    if (batch.Count == 0) break;
                    foreach (var (seq, document) in batch) insert.Bind(1, seq).Bind(2, document).Execute();
                    after = batch[^1].Seq;
                }
            }
            session.Command("DELETE FROM match_keys_version").ExecuteNonQuery();
            session.Command("INSERT INTO match_keys_version (version) VALUES ($version)", ("$version", MatchKeys.Version)).ExecuteNonQuery();
            session.Transaction!.Commit();
            return true;
        }
        finally
        {
            session.EndTransaction();
        }
    }

    private static long? BuiltVersion(SqliteSession session) =>
        session.Command("SELECT max(version) FROM match_keys_version").ExecuteScalar() as long?;

    private static List<(long Seq, string Document)> Batch(SqliteSession session, long after)
    {
        var batch = new List<(long, string)>(BatchSize);
        using var reader = session.Command(EntitiesAfter, ("$after", after), ("$limit", BatchSize)).ExecuteReader();
        while (reader.Read())
        {
            var entity = RecordBodies.ReadEntity(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4));
            batch.Add((reader.GetInt64(0), MatchKeyIndex.Document(entity)));
        }
        return batch;
    }
}
