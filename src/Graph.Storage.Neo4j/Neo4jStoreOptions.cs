namespace Graph.Storage.Neo4j;

/// <summary>How to reach a Neo4j server. Bound from the configuration section "Store:Neo4j".</summary>
public sealed class Neo4jStoreOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string Section = "Store:Neo4j";

    /// <summary>The server's HTTP address, e.g. <c>http://localhost:7474</c> (key <c>Store:Neo4j:Uri</c>).</summary>
    public Uri? Uri { get; set; }

    /// <summary>The user for basic authentication (key <c>Store:Neo4j:User</c>).</summary>
    public string User { get; set; } = "neo4j";

    /// <summary>The password for basic authentication (key <c>Store:Neo4j:Password</c>).</summary>
    public string Password { get; set; } = "";

    /// <summary>The database to use (key <c>Store:Neo4j:Database</c>).</summary>
    public string Database { get; set; } = "neo4j";
}
