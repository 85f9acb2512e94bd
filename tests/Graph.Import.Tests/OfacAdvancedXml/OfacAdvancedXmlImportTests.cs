using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Import.Reading;
using Graph.Import.Running;
using Graph.Import.Tests.Running;

namespace Graph.Import.Tests.OfacAdvancedXml;

/// <summary>SDN_ADVANCED.XML imported into a real SQLite store: twice, then a later publication without the vessel.</summary>
public sealed class OfacAdvancedXmlImportTests : IDisposable
{
    private readonly TempStore _temp = new();

    private Task<ImportReport> Import(params string[] parts) =>
        _temp.Importer.ImportAsync(ImportSource.FromPath(OfacAdvancedXmlFixture.Path(parts)), ImportFormats.Named("ofac-xml"), new ImportOptions(new DateOnly(2000, 1, 1)));

    [Fact]
    public async Task The_publication_imports_with_its_relationships_and_the_placeholder_and_a_second_time_changes_nothing()
    {
        var first = await Import("SDN_ADVANCED.XML");

        Assert.True(first.Succeeded, string.Join("; ", first.Rejected));
        Assert.Equal(6, first.Entities.Created); // four parties, the placeholder of profile 95000 and the OFAC authority
        Assert.Equal(4, first.Sanctions.Created);
        Assert.Equal(2, first.Relationships.Created);
        var support = await _temp.Store.GetRelationshipsAsync(["ofac-90001"], RelationshipFilter.All);
        Assert.Equal([("ofac-90002", "support", "Providing support to")], support.Select(r => (r.ToId, r.Type, r.Role)));

        var second = await Import("SDN_ADVANCED.XML");

        Assert.True(second.Succeeded);
        Assert.Equal((0, 0, 4), (second.Entities.Created, second.Entities.Updated, second.Entities.Unchanged));
        Assert.Equal((0, 0, 4), (second.Sanctions.Created, second.Sanctions.Updated, second.Sanctions.Unchanged));
        Assert.Equal((0, 0, 2), (second.Relationships.Created, second.Relationships.Updated, second.Relationships.Unchanged));
    }

    [Fact]
    public async Task A_later_publication_without_an_entry_delists_its_sanction_on_its_DateOfIssue()
    {
        await Import("SDN_ADVANCED.XML");

        var later = await Import("later", "SDN_ADVANCED.XML");

        Assert.True(later.Succeeded, string.Join("; ", later.Rejected));
        Assert.Equal(1, later.Delisted);
        var sanctions = await _temp.Store.GetSanctionsAsync(["ofac-4234", "ofac-2676"]);
        Assert.Equal(PartialDate.Parse("2021-08-02"), sanctions["ofac-4234"].EndedOn);
        Assert.Null(sanctions["ofac-2676"].EndedOn);
        Assert.Equal(PartialDate.Parse("2021-08-02"), sanctions["ofac-2676"].LastSeen);
    }

    public void Dispose() => _temp.Dispose();
}
