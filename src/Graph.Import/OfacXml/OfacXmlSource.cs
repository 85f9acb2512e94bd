using System.Globalization;
using Graph.Domain.Model;
using Graph.Import.Ofac;

namespace Graph.Import.OfacXml;

/// <summary>
/// The two lists OFAC publishes in Enhanced XML: the SDN list (SDN_ENHANCED.XML, the dataset the CSV importer fills)
/// and the consolidated non-SDN lists (CONS_ENHANCED.XML), each the source of what its file states.
/// </summary>
internal sealed record OfacXmlSource(string Dataset, string Title, string Url)
{
    public const string SdnListName = "SDN List";

    /// <summary>The umbrella of the non-SDN lists; every entry of CONS_ENHANCED.XML is on it and on one list of its own.</summary>
    public const string ConsolidatedListName = "Consolidated List";

    private const string Publisher = "Office of Foreign Assets Control, U.S. Department of the Treasury";

    public static readonly OfacXmlSource Sdn = new(OfacSource.Dataset, "OFAC Specially Designated Nationals (SDN) List", "https://sanctionslist.ofac.treas.gov/Home/SdnList");

    public static readonly OfacXmlSource Consolidated = new("us_ofac_cons", "OFAC Consolidated Sanctions List (Non-SDN)", "https://sanctionslist.ofac.treas.gov/Home/ConsolidatedList");

    /// <summary>The dataset of a list named as OFAC names it: the SDN list, or one of the non-SDN lists.</summary>
    public static OfacXmlSource OfList(string listName) => listName == SdnListName ? Sdn : Consolidated;

    /// <summary>
    /// This publication as of <paramref name="published"/>, citing the file and line that state the fact; a sanction
    /// on one of the non-SDN lists names that list after the title.
    /// </summary>
    public IReadOnlyList<Source> Citing(string file, int line, DateOnly published, string? listName = null) =>
        [new Source(listName is null || listName == SdnListName ? Title : $"{Title}: {listName}", Url, Publisher, PartialDate.FromDate(published),
            string.Create(CultureInfo.InvariantCulture, $"{file}, line {line}"))];
}
