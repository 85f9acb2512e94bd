using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Import.Reading;
using Graph.Import.Running;
using Graph.Import.Tests.Running;

namespace Graph.Import.Tests.OfacAdvancedXml;

/// <summary>
/// A graph fed by the legacy CSV (the SDN publication of 7 July 2021), then by SDN_ADVANCED.XML a day later, which holds
/// two of its entries and two parties of its own: the CSV's entries keep their ids, so none of them is doubled.
/// </summary>
public sealed class CsvToAdvancedXmlMoveTests : IDisposable
{
    private static readonly DateOnly July = new(2021, 7, 7);
    private readonly TempStore _temp = new();

    [Fact]
    public async Task The_Advanced_XML_updates_the_CSVs_entities_and_sanctions_under_their_ids_and_delists_the_entries_it_lacks()
    {
        var csv = await _temp.Importer.ImportAsync(ImportSource.FromPath(TempStore.Fixture("ofac-publications", "2021-07-07")), ImportFormats.Named("ofac-csv"), new ImportOptions(July));
        var before = await _temp.Store.GetEntitiesAsync(["ofac-2676", "ofac-4234"]);

        var xml = await _temp.Importer.ImportAsync(ImportSource.FromPath(OfacAdvancedXmlFixture.Path("SDN_ADVANCED.XML")), ImportFormats.Named("ofac-xml"), new ImportOptions(July));

        Assert.True(xml.Succeeded, string.Join("; ", xml.Rejected));
        Assert.Equal(3, xml.Entities.Created); // the two made-up parties and the placeholder, none of the CSV's
        Assert.Equal(2, xml.Sanctions.Created);
        Assert.Equal(2, xml.Sanctions.Updated);
        Assert.Equal(csv.Sanctions.Created - 2, xml.Delisted);
        var statistics = await _temp.Store.GetStatisticsAsync();
        Assert.Equal(csv.Entities.Created + 3, statistics.Entities);
        Assert.Equal(csv.Sanctions.Created + 2, statistics.Sanctions);
        var after = await _temp.Store.GetEntitiesAsync(["ofac-2676", "ofac-4234"]);
        Assert.Equal(before["ofac-2676"].Name, after["ofac-2676"].Name);
        Assert.Equal(before["ofac-2676"].Aliases.Order(), after["ofac-2676"].Aliases.Order());
        foreach (var property in new[] { "birthDate", "birthPlace", "passportNumber", "position" })
        {
            Assert.Equal(before["ofac-2676"].Property(property), after["ofac-2676"].Property(property));
        }
        foreach (var property in new[] { "callSign", "type", "tonnage", "grossRegisteredTonnage", "flag", "owner" })
        {
            Assert.Equal(before["ofac-4234"].Property(property), after["ofac-4234"].Property(property));
        }
        var sanction = (await _temp.Store.GetSanctionsAsync(["ofac-2676"]))["ofac-2676"];
        Assert.Equal(("us_ofac_sdn", PartialDate.Parse("2001-09-24"), PartialDate.FromDate(July), PartialDate.Parse("2021-07-08")),
            (sanction.Dataset, sanction.ListedOn, sanction.FirstSeen, sanction.LastSeen));
        Assert.Null(sanction.EndedOn);
    }

    public void Dispose() => _temp.Dispose();
}
