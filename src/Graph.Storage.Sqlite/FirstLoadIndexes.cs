namespace Graph.Storage.Sqlite;

/// <summary>
/// The secondary indexes of a first, large write into an empty file, built once its rows are in. Rows inserted one
/// by one put each key at a random place of every index, and once an index outgrows the page cache each insert reads
/// and writes pages of it; an index built over rows already written sorts its keys and writes each page once. For
/// three million relationships that is 7 s instead of 34 s. The indexes are dropped and made again inside the write's
/// own transaction, so a write that fails or a process that is killed leaves the file with its schema whole. Only
/// indexes declared with CREATE INDEX are deferred: the unique ids, which inserts and upserts look up, stay.
/// </summary>
internal sealed class FirstLoadIndexes
{
    private static readonly string[] Tables = ["entities", "entity_aliases", "sanctions", "sanction_programs", "relationships"];

    private readonly SqliteSession _session;
    private readonly List<(string Name, string Sql)> _dropped;

    private FirstLoadIndexes(SqliteSession session, List<(string Name, string Sql)> dropped) => (_session, _dropped) = (session, dropped);

    /// <summary>Drops the secondary indexes when the write is large and the file empty; call inside the write's transaction.</summary>
    public static FirstLoadIndexes? Defer(SqliteSession session, int records)
    {
        if (records < FirstLoadJournal.MinRecords || !FirstLoadJournal.IsEmpty(session)) return null;
        var dropped = new List<(string Name, string Sql)>();
        using (var reader = session.Command(
                   $"SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({string.Join(", ", Tables.Select(t => $"'{t}'"))}) ORDER BY name")
               .ExecuteReader())
        {
            while (reader.Read()) dropped.Add((reader.GetString(0), reader.GetString(1)));
        }
        foreach (var (name, _) in dropped) session.Command($"DROP INDEX \"{name}\"").ExecuteNonQuery();
        return new FirstLoadIndexes(session, dropped);
    }

    /// <summary>Makes the dropped indexes again, as they were declared, over the rows written.</summary>
    public void Build()
    {
        // Read through the page cache, not the memory map: each build reads a whole table, and mapped it would count
        // the file, a gigabyte for four million records, in the process's memory, for no gain in time. The default page
        // cache serves: a cache of a quarter of a gigabyte made the sorts slower, not faster.
        var mapped = _session.Command("PRAGMA mmap_size").ExecuteScalar();
        _session.Command("PRAGMA mmap_size = 0").ExecuteNonQuery();
        try
        {
            foreach (var (_, sql) in _dropped) _session.Command(sql).ExecuteNonQuery();
        }
        finally
        {
            _session.Command($"PRAGMA mmap_size = {mapped}").ExecuteNonQuery();
        }
    }
}
