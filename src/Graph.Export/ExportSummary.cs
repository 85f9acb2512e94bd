namespace Graph.Export;

/// <summary>How many records an export wrote.</summary>
/// <param name="Entities">Entities (nodes, FtM things).</param>
/// <param name="Sanctions">Sanctions.</param>
/// <param name="Relationships">Relationships between entities; the ties of sanctions to their target and authority are not counted.</param>
public sealed record ExportSummary(long Entities, long Sanctions, long Relationships)
{
    /// <summary>Counts for people, e.g. "12 entities, 3 sanctions, 20 relationships".</summary>
    public override string ToString() => $"{Entities} entities, {Sanctions} sanctions, {Relationships} relationships";
}
