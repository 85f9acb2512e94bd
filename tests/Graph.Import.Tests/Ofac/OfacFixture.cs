using Graph.Domain.Model;
using Graph.Import.Ofac;

namespace Graph.Import.Tests.Ofac;

/// <summary>
/// The committed slice of OFAC's SDN list of July 2021 (Fixtures/ofac): 30 real entries with their addresses, other
/// names and Remarks overflow, cut from the published files byte for byte, Ctrl-Z and all.
/// </summary>
internal static class OfacFixture
{
    public static readonly DateOnly Published = new(2021, 7, 7);

    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "ofac");

    public static ParsedInput Read()
    {
        using var files = OfacCsvFiles.Open(Folder);
        return OfacCsvReader.Read(files, Published);
    }

    /// <summary>Reads OFAC CSV text given inline; each file is named as OFAC names it.</summary>
    public static ParsedInput ReadText(string sdn, string? add = null, string? alt = null, string? comments = null)
    {
        using var files = new OfacCsvFiles(File("sdn.csv", sdn)!, File("add.csv", add), File("alt.csv", alt), File("sdn_comments.csv", comments));
        return OfacCsvReader.Read(files, Published);
    }

    /// <summary>An sdn.csv row of an entity, as OFAC writes it, with <paramref name="remarks"/> quoted unless empty.</summary>
    public static string SdnRow(int entryNumber, string name, string remarks = "-0- ") =>
        $"{entryNumber},\"{name}\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,{(remarks == "-0- " ? remarks : $"\"{remarks}\"")}";

    public static Entity Entity(this ParsedInput input, int entryNumber) => input.Entities.Single(e => e.Id == $"ofac-{entryNumber}");

    public static Sanction Sanction(this ParsedInput input, int entryNumber) => input.Sanctions.Single(s => s.Id == $"ofac-{entryNumber}");

    private static OfacCsvFile? File(string name, string? text) => text is null ? null : new OfacCsvFile(name, new StringReader(text));
}
