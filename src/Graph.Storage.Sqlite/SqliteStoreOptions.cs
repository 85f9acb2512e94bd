namespace Graph.Storage.Sqlite;

/// <summary>Where the embedded store keeps its file. Bound from the configuration section "Store".</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string Section = "Store";

    /// <summary>The default file, relative to the working directory.</summary>
    public const string DefaultPath = "data/graph.db";

    /// <summary>The SQLite file (configuration key <c>Store:Path</c>, environment variable <c>Store__Path</c>).</summary>
    public string Path { get; set; } = DefaultPath;
}
