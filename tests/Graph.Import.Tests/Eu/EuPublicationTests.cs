using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Import.Reading;
using Graph.Import.Running;
using Graph.Import.Tests.Running;

namespace Graph.Import.Tests.Eu;

/// <summary>The EU fixtures imported into a real SQLite store: once, again unchanged, then a later publication that drops an entry.</summary>
public sealed class EuPublicationTests : IDisposable
{
    private static readonly PartialDate May = PartialDate.Parse("2024-05-02");
    private static readonly PartialDate June = PartialDate.Parse("2024-06-03");
    private readonly TempStore _temp = new();

    private Task<ImportReport> Import(string file, bool skipInvalid = false) =>
        _temp.Importer.ImportAsync(ImportSource.FromPath(EuFixture.Path(file)), ImportFormats.Named("eu-xml"),
            new ImportOptions(EuFixture.Fallback, SkipInvalid: skipInvalid));

    [Fact]
    public async Task The_publication_creates_its_entities_their_sanctions_and_the_European_Union()
    {
        var report = await Import("publication.xml");

        Assert.True(report.Succeeded);
        Assert.Equal(6, report.Sanctions.Created);
        Assert.Equal(6 + 1, report.Entities.Created); // and the European Union, which the store lacked
        var union = (await _temp.Store.GetEntitiesAsync(["eu"]))["eu"];
        Assert.Equal(("European Union", EntityKind.PublicBody), (union.Name, union.Kind));
        var sanction = (await _temp.Store.GetSanctionsAsync(["eu-sanction-135909"]))["eu-sanction-135909"];
        Assert.Equal(("eu", "eu-135909", "eu_fsf"), (sanction.AuthorityId, sanction.TargetId, sanction.Dataset));
        Assert.Equal(PartialDate.Parse("2022-02-25"), sanction.ListedOn);
        Assert.Equal((May, May), (sanction.FirstSeen!.Value, sanction.LastSeen!.Value)); // the generationDate, not the day passed
        Assert.Equal(["UKR"], sanction.Programs);
        var putin = (await _temp.Store.GetEntitiesAsync(["eu-135909"]))["eu-135909"];
        Assert.Equal("Vladimir Vladimirovich PUTIN", putin.Name);
        Assert.Equal(["1952-10-07"], putin.Property("birthDate"));
    }

    [Fact]
    public async Task Importing_the_same_publication_twice_changes_nothing_the_second_time()
    {
        await Import("publication.xml");
        var before = await _temp.Store.GetStatisticsAsync();

        var again = await Import("publication.xml");

        Assert.True(again.Succeeded);
        Assert.Equal(0, again.Created + again.Updated + again.Deleted + again.Delisted);
        Assert.Equal(6 + 6, again.Unchanged);
        Assert.Equal(before, await _temp.Store.GetStatisticsAsync());
    }

    [Fact]
    public async Task A_later_publication_without_an_entry_delists_it_on_its_generation_day()
    {
        await Import("publication.xml");

        var report = await Import("later.xml");

        Assert.True(report.Succeeded);
        Assert.Equal(1, report.Delisted);
        Assert.Equal(0, report.Sanctions.Created);
        Assert.Equal(5, report.Sanctions.Unchanged);
        var sanctions = await _temp.Store.GetSanctionsAsync(["eu-sanction-5001", "eu-sanction-13"]);
        Assert.Equal(June, sanctions["eu-sanction-5001"].EndedOn);
        Assert.Equal(May, sanctions["eu-sanction-5001"].LastSeen);
        Assert.Null(sanctions["eu-sanction-13"].EndedOn);
        Assert.Equal(June, sanctions["eu-sanction-13"].LastSeen);
        var active = await _temp.Store.ListSanctionsAsync(new SanctionFilter { Authority = "eu", ActiveOn = June.Earliest }, new PageRequest(0, null));
        Assert.Equal(5, active.TotalCount);
    }

    [Fact]
    public async Task An_older_publication_after_a_newer_one_is_refused()
    {
        await Import("later.xml");

        await Assert.ThrowsAsync<OlderPublicationException>(() => Import("publication.xml"));
    }

    [Fact]
    public async Task A_file_with_bad_entries_writes_nothing_unless_they_are_skipped()
    {
        var rejected = await Import("bad-entries.xml");

        Assert.False(rejected.Succeeded);
        Assert.Equal(12, rejected.Rejected.Count);
        Assert.Equal(0, (await _temp.Store.GetStatisticsAsync()).Sanctions);

        var skipped = await Import("bad-entries.xml", skipInvalid: true);

        Assert.True(skipped.Succeeded);
        Assert.Equal(1, skipped.Sanctions.Created);
    }

    public void Dispose() => _temp.Dispose();
}
