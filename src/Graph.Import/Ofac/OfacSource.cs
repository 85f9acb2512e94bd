using Graph.Domain.Model;

namespace Graph.Import.Ofac;

/// <summary>The SDN list as the source of every fact the OFAC reader makes.</summary>
internal static class OfacSource
{
    public const string Dataset = "us_ofac_sdn";
    public const string AuthorityId = "ofac";
    public const string AuthorityName = "Office of Foreign Assets Control";

    private const string Title = "OFAC Specially Designated Nationals (SDN) List";
    private const string Publisher = "Office of Foreign Assets Control, U.S. Department of the Treasury";
    private const string Url = "https://sanctionslist.ofac.treas.gov/Home/SdnList";

    /// <summary>The list as published on <paramref name="published"/>, quoting <paramref name="quote"/>.</summary>
    public static IReadOnlyList<Source> Quoting(string quote, DateOnly published) =>
        [new Source(Title, Url, Publisher, PartialDate.FromDate(published), quote)];
}
