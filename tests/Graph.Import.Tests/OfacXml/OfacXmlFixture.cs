using Graph.Domain.Model;
using Graph.Import.Reading;

namespace Graph.Import.Tests.OfacXml;

/// <summary>
/// The committed Enhanced XML fixtures (Fixtures/ofac-xml): five real entities of CONS_ENHANCED.XML of 10 January 2025,
/// trimmed, with the reference values they use; a later copy without one of them; a hand-made SDN_ENHANCED.XML of two
/// entries of the CSV fixture of July 2021; and malformed files.
/// </summary>
internal static class OfacXmlFixture
{
    public static readonly DateOnly DataAsOf = new(2025, 1, 10);

    public static string Path(params string[] parts) => System.IO.Path.Combine([AppContext.BaseDirectory, "Fixtures", "ofac-xml", .. parts]);

    public static ParsedInput Read(params string[] parts) =>
        ImportFormats.Named("ofac-xml").Reader.ReadAsync(ImportSource.FromPath(Path(parts)), new DateOnly(2000, 1, 1), CancellationToken.None).GetAwaiter().GetResult();

    public static Entity Entity(this ParsedInput input, int number) => input.Entities.Single(e => e.Id == $"ofac-{number}");
}
