using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Import.Reading;
using Graph.Import.Running;
using Graph.Import.Tests.Running;

namespace Graph.Import.Tests.OfacXml;

/// <summary>The slice of CONS_ENHANCED.XML imported into a real SQLite store: twice, then a later publication without one entity.</summary>
public sealed class OfacXmlImportTests : IDisposable
{
    private readonly TempStore _temp = new();

    private Task<ImportReport> Import(params string[] parts) =>
        _temp.Importer.ImportAsync(ImportSource.FromPath(OfacXmlFixture.Path(parts)), ImportFormats.Named("ofac-xml"), new ImportOptions(new DateOnly(2000, 1, 1)));

    [Fact]
    public async Task The_publication_imports_with_its_relationships_and_the_placeholder_and_a_second_time_changes_nothing()
    {
        var first = await Import("CONS_ENHANCED.XML");

        Assert.True(first.Succeeded, string.Join("; ", first.Rejected));
        Assert.Equal(7, first.Entities.Created); // five entities, the HAMAS placeholder and the OFAC authority
        Assert.Equal(5, first.Sanctions.Created);
        Assert.Equal(3, first.Relationships.Created);
        var sanction = (await _temp.Store.GetSanctionsAsync(["ofac-26182-91469"]))["ofac-26182-91469"];
        Assert.Equal((PartialDate.FromDate(OfacXmlFixture.DataAsOf), PartialDate.FromDate(OfacXmlFixture.DataAsOf)), (sanction.FirstSeen, sanction.LastSeen));
        var hamas = await _temp.Store.GetRelationshipsAsync(["ofac-4695"], RelationshipFilter.All);
        Assert.Equal([("ofac-9647", "representation", "Acting for or on behalf of")], hamas.Select(r => (r.FromId, r.Type, r.Role)));

        var second = await Import("CONS_ENHANCED.XML");

        Assert.True(second.Succeeded);
        Assert.Equal((0, 0, 5), (second.Entities.Created, second.Entities.Updated, second.Entities.Unchanged));
        Assert.Equal((0, 0, 5), (second.Sanctions.Created, second.Sanctions.Updated, second.Sanctions.Unchanged));
        Assert.Equal((0, 0, 3), (second.Relationships.Created, second.Relationships.Updated, second.Relationships.Unchanged));
    }

    [Fact]
    public async Task A_later_publication_without_an_entity_delists_its_sanction_on_its_date()
    {
        await Import("CONS_ENHANCED.XML");

        var later = await Import("later", "CONS_ENHANCED.XML");

        Assert.True(later.Succeeded);
        Assert.Equal(1, later.Delisted);
        var sanctions = await _temp.Store.GetSanctionsAsync(["ofac-26182-91469", "ofac-17013-91507"]);
        Assert.Equal(PartialDate.Parse("2025-02-10"), sanctions["ofac-26182-91469"].EndedOn);
        Assert.Null(sanctions["ofac-17013-91507"].EndedOn);
        Assert.Equal(PartialDate.Parse("2025-02-10"), sanctions["ofac-17013-91507"].LastSeen);
    }

    public void Dispose() => _temp.Dispose();
}
