namespace Graph.Export;

/// <summary>The formats the whole graph can be exported to.</summary>
public enum ExportFormat
{
    /// <summary>An idempotent Cypher script for cypher-shell: constraints, then MERGE statements for nodes and relationships.</summary>
    Cypher,

    /// <summary>CSV files and a README with the command for <c>neo4j-admin database import full</c>; written to a folder.</summary>
    Neo4jAdmin,

    /// <summary>FollowTheMoney JSON lines, as the FtM importer reads them.</summary>
    Ftm,
}

/// <summary>The names formats go by on the command line.</summary>
public static class ExportFormats
{
    /// <summary>Each format by its name: <c>cypher</c>, <c>neo4j-admin</c>, <c>ftm</c>.</summary>
    public static IReadOnlyDictionary<string, ExportFormat> ByName { get; } = new Dictionary<string, ExportFormat>(StringComparer.OrdinalIgnoreCase)
    {
        ["cypher"] = ExportFormat.Cypher,
        ["neo4j-admin"] = ExportFormat.Neo4jAdmin,
        ["ftm"] = ExportFormat.Ftm,
    };
}
