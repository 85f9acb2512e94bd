using Graph.Import.Eu;
using Graph.Import.Ftm;
using Graph.Import.Ofac;
using Graph.Import.OfacXml;
using Graph.Import.Seed;
using Graph.Import.Un;

namespace Graph.Import;

/// <summary>
/// Every format the service imports, one line each. The CLI, POST /imports, the GraphQL mutation and start-up seeding
/// all find formats here; adding a format is its folder of reader code and one line below.
/// </summary>
public static class ImportFormats
{
    public static IReadOnlyList<ImportFormat> All { get; } =
    [
        new("seed", "The project's own YAML seed format (docs/seed-format.md): a file, or a folder of them read as one.", "upload.yaml", new SeedReader()),
        new("ofac-csv", "OFAC's legacy SDN CSV: sdn.csv, with add.csv, alt.csv and sdn_comments.csv beside it in its folder or upload. Given as text (importDesignations), it is sdn.csv alone.", "sdn.csv", new OfacCsvReader()),
        new("ofac-xml", "OFAC's XML, either flavour, told by its root: the Enhanced XML (SDN_ENHANCED.XML, CONS_ENHANCED.XML) or the SDN Advanced XML (SDN_ADVANCED.XML, CONS_ADVANCED.XML); one publication, as a file or the one XML file of a folder or upload.", "upload.xml", new OfacXmlReader()),
        new("ftm", "FollowTheMoney entities as JSON lines, plain or as OpenSanctions delta operations.", "upload.ftm.json", new FtmReader()),
        new("un-xml", "The UN Security Council Consolidated List XML (CONSOLIDATED_LIST): one file, dated by its dateGenerated.", "consolidated.xml", new UnXmlReader()),
        new("eu-xml", "The EU Financial Sanctions Files XML (root export, one sanctionEntity per listed person or enterprise): a file, or a folder holding it.", "eu-fsf.xml", new EuXmlReader()),
    ];

    /// <summary>The names, for messages: "seed, ofac-csv, ftm, …".</summary>
    public static string Names => string.Join(", ", All.Select(f => f.Name));

    /// <summary>The format of this name, ignoring case, or null.</summary>
    public static ImportFormat? Find(string? name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The format of this name, ignoring case.</summary>
    /// <exception cref="ArgumentException">No format has the name.</exception>
    public static ImportFormat Named(string name) =>
        Find(name) ?? throw new ArgumentException($"No import format is named '{name}'; the formats are {Names}.", nameof(name));
}
