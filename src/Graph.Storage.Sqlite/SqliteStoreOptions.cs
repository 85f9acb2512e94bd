namespace Graph.Storage.Sqlite;

/// <summary>Where the embedded store keeps its file, and how it shares it. Bound from the configuration section "Store".</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string Section = "Store";

    /// <summary>The default file, relative to the working directory.</summary>
    public const string DefaultPath = "data/graph.db";

    /// <summary>The default of <see cref="BusyTimeoutSeconds"/>.</summary>
    public const int DefaultBusyTimeoutSeconds = 30;

    /// <summary>The SQLite file (configuration key <c>Store:Path</c>, environment variable <c>Store__Path</c>).</summary>
    public string Path { get; set; } = DefaultPath;

    /// <summary>
    /// How long a call waits for a lock another connection holds (a write by another process, a file opened under a
    /// rollback journal) before it gives up with <see cref="Domain.Store.StoreBusyException"/>
    /// (configuration key <c>Store:BusyTimeoutSeconds</c>; default 30).
    /// </summary>
    public int BusyTimeoutSeconds { get; set; } = DefaultBusyTimeoutSeconds;

    /// <summary>
    /// Whether a large first write into an empty file may run under a rollback journal, which writes its pages once
    /// instead of twice (configuration key <c>Store:FirstLoadJournal</c>; default false). Readers of the file wait for
    /// such a write, so only a process that has the file to itself, such as the CLI's import, should allow it.
    /// </summary>
    public bool FirstLoadJournal { get; set; }
}
