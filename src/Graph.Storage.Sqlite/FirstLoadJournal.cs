using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Graph.Storage.Sqlite;

/// <summary>
/// The journal of a first, large import into an empty file. The write-ahead log writes every page twice, into the log
/// and at the checkpoint back into the file; a rollback journal writes the pages a transaction adds to the file once,
/// and a first import adds nothing else: a tenth of a million-entity import. The write is still one atomic transaction:
/// a process killed during it leaves a hot journal, which the next connection to the file rolls back. SQLite lets a
/// connection leave WAL only while no other has the file open, so a file that anyone reads keeps its log.
/// </summary>
internal static class FirstLoadJournal
{
    /// <summary>
    /// Fewer records than this gain too little to leave the log. A whole legacy OFAC CSV publication (20,000 to 35,000
    /// records, some 30 MB of pages) already spends a tenth of its second on the log and its checkpoint.
    /// </summary>
    public const int MinRecords = 10_000;

    /// <summary>Switches to a rollback journal when the write is large and the file empty and open nowhere else.</summary>
    public static bool TryEnter(SqliteSession session, int records)
    {
        if (records < MinRecords || !IsEmpty(session)) return false;
        try
        {
            if (session.Command("PRAGMA journal_mode = DELETE").ExecuteScalar() is not "delete") return false;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
        {
            return false;
        }
        // Under a rollback journal only FULL is proof against a power cut at any moment, as NORMAL is under the log.
        session.Command("PRAGMA synchronous = FULL").ExecuteNonQuery();
        return true;
    }

    /// <summary>Goes back to the write-ahead log once the write is over, committed or not.</summary>
    public static void Leave(SqliteSession session)
    {
        session.Command("PRAGMA synchronous = NORMAL").ExecuteNonQuery();
        try
        {
            session.Command("PRAGMA journal_mode = WAL").ExecuteNonQuery();
        }
        catch (SqliteException e) when (e.SqliteErrorCode is raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
        {
            // A connection that opened meanwhile is reading; every connection sets the log itself as it opens.
        }
    }

    /// <summary>Whether the file holds no entity, sanction or relationship.</summary>
    public static bool IsEmpty(SqliteSession session) =>
        session.Command(
            "SELECT NOT EXISTS (SELECT 1 FROM entities) AND NOT EXISTS (SELECT 1 FROM sanctions) AND NOT EXISTS (SELECT 1 FROM relationships)")
        .ExecuteScalar() is 1L;
}
