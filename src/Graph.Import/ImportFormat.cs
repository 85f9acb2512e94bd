namespace Graph.Import;

/// <summary>The formats the importers read.</summary>
public enum ImportFormat
{
    /// <summary>The project's own YAML seed format (docs/seed-format.md).</summary>
    Seed,

    /// <summary>OFAC's legacy SDN CSV: sdn.csv with add.csv, alt.csv and sdn_comments.csv beside it.</summary>
    OfacCsv,

    /// <summary>FollowTheMoney entities as JSON lines, plain or as OpenSanctions delta operations.</summary>
    Ftm,
}
