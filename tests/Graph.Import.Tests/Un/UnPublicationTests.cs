using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Import.Reading;
using Graph.Import.Running;
using Graph.Import.Tests.Running;

namespace Graph.Import.Tests.Un;

/// <summary>Two publications of the UN list imported into a SQLite store: the authority, unchanged re-imports, delisting.</summary>
public sealed class UnPublicationTests : IDisposable
{
    private static readonly PartialDate February = PartialDate.Parse("2026-02-27");
    private static readonly PartialDate March = PartialDate.Parse("2026-03-06");
    private readonly TempStore _temp = new();

    private Task<ImportReport> Import(string name) =>
        _temp.Importer.ImportAsync(ImportSource.FromPath(UnFixture.Path(name)), ImportFormats.Named("un-xml"), new ImportOptions(UnFixture.ImportDay));

    [Fact]
    public async Task The_list_imports_its_entries_and_the_security_council_as_their_authority()
    {
        var report = await Import("consolidated.xml");

        Assert.True(report.Succeeded, string.Join("; ", report.Rejected));
        Assert.Equal(5, report.Sanctions.Created);
        Assert.Equal(5 + 1, report.Entities.Created);
        var council = (await _temp.Store.GetEntitiesAsync(["un-sc"]))["un-sc"];
        Assert.Equal((EntityKind.PublicBody, "United Nations Security Council"), (council.Kind, council.Name));
        var sanction = (await _temp.Store.GetSanctionsAsync(["un-sanction-9100003"]))["un-sanction-9100003"];
        Assert.Equal(("un-sc", "un-9100003", "un_sc_sanctions"), (sanction.AuthorityId, sanction.TargetId, sanction.Dataset));
        Assert.Equal((February, February, PartialDate.Parse("2012-12-31")), (sanction.FirstSeen, sanction.LastSeen, sanction.ListedOn));
        Assert.Null(sanction.EndedOn);
    }

    [Fact]
    public async Task Importing_the_same_publication_twice_changes_nothing_the_second_time()
    {
        await Import("consolidated.xml");
        var before = await _temp.Store.GetStatisticsAsync();

        var again = await Import("consolidated.xml");

        Assert.True(again.Succeeded);
        Assert.Equal(0, again.Created + again.Updated + again.Deleted + again.Delisted);
        Assert.Equal(5 + 5, again.Unchanged);
        Assert.Equal(before, await _temp.Store.GetStatisticsAsync());
    }

    [Fact]
    public async Task A_later_publication_without_an_entry_delists_it_on_its_day()
    {
        await Import("consolidated.xml");

        var report = await Import("consolidated-2026-03-06.xml");

        Assert.True(report.Succeeded);
        Assert.Equal(1, report.Delisted);
        Assert.Equal(0, report.Sanctions.Created + report.Sanctions.Updated);
        var sanctions = await _temp.Store.GetSanctionsAsync(["un-sanction-9100003", "un-sanction-9100001"]);
        Assert.Equal((February, March), (sanctions["un-sanction-9100003"].LastSeen, sanctions["un-sanction-9100003"].EndedOn));
        Assert.Equal((February, March), (sanctions["un-sanction-9100001"].FirstSeen, sanctions["un-sanction-9100001"].LastSeen));
        Assert.Null(sanctions["un-sanction-9100001"].EndedOn);
        var changes = await _temp.Store.ListChangesAsync(new ChangeFilter(DateOnly.Parse("2026-03-06")), new PageRequest(10, null));
        Assert.Equal(["un-sanction-9100003"], changes.Items.Where(c => c.Node.Kind == ChangeKind.Ended).Select(c => c.Node.Sanction.Id));
    }

    [Fact]
    public async Task An_older_publication_after_a_newer_one_is_refused()
    {
        await Import("consolidated-2026-03-06.xml");

        await Assert.ThrowsAsync<OlderPublicationException>(() => Import("consolidated.xml"));
    }

    public void Dispose() => _temp.Dispose();
}
