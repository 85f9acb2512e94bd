namespace Graph.Import.Gate;

/// <summary>
/// The store as the import gate needs to know it, bound from the same "Store" section the store itself reads:
/// a SQLite file gets a lock file beside it, shared with every process that imports into that file.
/// </summary>
internal sealed class ImportStoreOptions
{
    public const string Section = "Store";

    /// <summary>As <c>Store:Provider</c>: <c>sqlite</c> (the default) or <c>neo4j</c>.</summary>
    public string? Provider { get; set; }

    /// <summary>As <c>Store:Path</c>, the SQLite file, relative to the working folder as the store opens it.</summary>
    public string Path { get; set; } = "data/graph.db";

    /// <summary>The lock file beside the SQLite file; none for Neo4j, a server that this process cannot lock for others.</summary>
    public string? LockFile() =>
        string.Equals(Provider?.Trim(), "neo4j", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(Path)
            ? null
            : System.IO.Path.GetFullPath(Path) + ".import-lock";
}
