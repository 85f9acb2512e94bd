using Graph.Domain.Model;
using Graph.Import.Reading;

namespace Graph.Import.Tests.OfacAdvancedXml;

/// <summary>
/// The committed SDN Advanced XML fixtures (Fixtures/ofac-advanced-xml): a hand-made SDN_ADVANCED.XML after OFAC's
/// schema, issued 8 July 2021, with entries 2676 and 4234 of the CSV fixture of July 2021 and two made-up parties; a
/// later copy without the vessel; and malformed files. All are read through the one <c>ofac-xml</c> format.
/// </summary>
internal static class OfacAdvancedXmlFixture
{
    public static readonly DateOnly DateOfIssue = new(2021, 7, 8);

    public static string Path(params string[] parts) => System.IO.Path.Combine([AppContext.BaseDirectory, "Fixtures", "ofac-advanced-xml", .. parts]);

    public static ParsedInput Read(params string[] parts) =>
        ImportFormats.Named("ofac-xml").Reader.ReadAsync(ImportSource.FromPath(Path(parts)), new DateOnly(2000, 1, 1), CancellationToken.None).GetAwaiter().GetResult();

    public static Entity Entity(this ParsedInput input, int number) => input.Entities.Single(e => e.Id == $"ofac-{number}");
}
