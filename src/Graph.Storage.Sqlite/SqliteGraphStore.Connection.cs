using Graph.Domain.Store;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore : IStoreConnectionCheck
{
    /// <summary>The provider name <c>Store:Provider</c> selects this store by.</summary>
    public const string ProviderName = "sqlite";

    public async Task<StoreConnection> CheckAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var detail = await Read(session =>
                $"SQLite {session.Command("SELECT sqlite_version()").ExecuteScalar()}, schema version {session.Command("PRAGMA user_version").ExecuteScalar()}",
                cancellationToken);
            return new StoreConnection(ProviderName, FilePath, Connected: true, detail);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or StoreBusyException or IOException or UnauthorizedAccessException)
        {
            return new StoreConnection(ProviderName, FilePath, Connected: false, e.Message);
        }
    }
}
