namespace Graph.Api.Lookups.Pages;

/// <summary>How the page, the card and the oEmbed title word a sanction: its status, its start and its headline.</summary>
internal static class SanctionWording
{
    /// <summary>"In force", "In force until 2030" or "Ended on 2021-08-02".</summary>
    public static string Status(SanctionView view) =>
        !view.InForce ? $"Ended on {LookupQuery.Format(view.Sanction.EndedOn)}"
        : view.Sanction.EndedOn is { } until ? $"In force until {until}"
        : "In force";

    /// <summary>"since 2023-07-24", or "on the list since 2021-07-07" when only the list's first publication dates it.</summary>
    public static string? Since(SanctionView view) => view.Sanction switch
    {
        { ListedOn: { } listed } => $"since {listed}",
        { FirstSeen: { } seen } => $"on the list since {seen}",
        _ => null,
    };

    /// <summary>The sanction the card leads with: the newest in force, else the most recently ended; null when there is none.</summary>
    public static SanctionView? Lead(EntityDossier dossier) =>
        dossier.InForce.FirstOrDefault() ?? dossier.Sanctions.OrderByDescending(s => s.Sanction.EndedOn).FirstOrDefault();
}
