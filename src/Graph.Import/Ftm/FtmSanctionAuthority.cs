namespace Graph.Import.Ftm;

/// <summary>Who imposed an FtM sanction, by name: FtM gives authorities as text, not as entities.</summary>
internal static class FtmSanctionAuthority
{
    /// <summary>The authority, else the publisher, else the first dataset, so that a list without authorities still imports.</summary>
    public static string? NameOf(FtmRecord record) =>
        record.First("authority")
        ?? record.First("publisher")
        ?? (record.Datasets.Count > 0 && !string.IsNullOrWhiteSpace(record.Datasets[0]) ? record.Datasets[0] : null);
}
