using Graph.Import;
using Graph.Import.Reading;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Import.Running;

namespace Graph.Import.Tests.Running;

/// <summary>Two publications of OFAC's SDN list, imported in date order: first and last seen, delisting, the change feed.</summary>
public sealed class OfacPublicationTests : IDisposable
{
    private static readonly DateOnly July = new(2021, 7, 7);
    private static readonly DateOnly August = new(2021, 8, 2);
    private readonly TempStore _temp = new();

    private Task<ImportReport> Import(string folder, DateOnly published, bool dryRun = false) =>
        _temp.Importer.ImportAsync(ImportSource.FromPath(TempStore.Fixture("ofac-publications", folder)), ImportFormats.Named("ofac-csv"), new ImportOptions(published, dryRun));

    [Fact]
    public async Task The_first_publication_creates_one_sanction_per_entry_first_and_last_seen_on_its_date()
    {
        var report = await Import("2021-07-07", July);

        Assert.True(report.Succeeded);
        Assert.Equal(26, report.Sanctions.Created);
        Assert.Equal(26, report.Entities.Created - 1); // and the OFAC authority itself, which the store lacked
        var sanction = (await _temp.Store.GetSanctionsAsync(["ofac-2674"]))["ofac-2674"];
        Assert.Equal("ofac", sanction.AuthorityId);
        Assert.Equal("ofac-2674", sanction.TargetId);
        Assert.Equal("us_ofac_sdn", sanction.Dataset);
        Assert.Equal(PartialDate.FromDate(July), sanction.FirstSeen);
        Assert.Equal(PartialDate.FromDate(July), sanction.LastSeen);
        Assert.Null(sanction.EndedOn);
    }

    [Fact]
    public async Task The_next_publication_adds_new_entries_delists_missing_ones_and_moves_last_seen()
    {
        await Import("2021-07-07", July);

        var report = await Import("2021-08-02", August);

        Assert.Equal(6, report.Sanctions.Created);
        Assert.Equal(4, report.Delisted);
        Assert.Equal(22, report.Sanctions.Unchanged);
        // 306 lost an alias; entries whose "Linked To:" names a newly listed party now link to it.
        Assert.InRange(report.Entities.Updated, 1, 3);
        Assert.DoesNotContain("NATIONAL BANK OF CUBA", (await _temp.Store.GetEntitiesAsync(["ofac-306"]))["ofac-306"].Aliases);
        var sanctions = await _temp.Store.GetSanctionsAsync(["ofac-2674", "ofac-2679", "ofac-4714"]);
        Assert.Equal(PartialDate.FromDate(August), sanctions["ofac-2674"].EndedOn);
        Assert.Equal(PartialDate.FromDate(July), sanctions["ofac-2674"].LastSeen);
        Assert.Equal(PartialDate.FromDate(July), sanctions["ofac-2679"].FirstSeen);
        Assert.Equal(PartialDate.FromDate(August), sanctions["ofac-2679"].LastSeen);
        Assert.Null(sanctions["ofac-2679"].EndedOn);
        Assert.Equal(PartialDate.FromDate(August), sanctions["ofac-4714"].FirstSeen);
    }

    [Fact]
    public async Task The_change_feed_names_exactly_the_added_and_the_delisted_entries()
    {
        await Import("2021-07-07", July);
        await Import("2021-08-02", August);

        var changes = await _temp.Store.ListChangesAsync(new ChangeFilter(August) { Authority = "OFAC" }, new PageRequest(100, null));

        Assert.Equal(["ofac-4696", "ofac-4697", "ofac-4700", "ofac-4702", "ofac-4714", "ofac-4715"],
            changes.Items.Where(c => c.Node.Kind == ChangeKind.Added).Select(c => c.Node.Sanction.Id).Order());
        Assert.Equal(["ofac-2674", "ofac-2675", "ofac-2676", "ofac-2678"],
            changes.Items.Where(c => c.Node.Kind == ChangeKind.Ended).Select(c => c.Node.Sanction.Id).Order());
    }

    [Fact]
    public async Task Active_sanctions_on_the_latest_date_equal_the_rows_of_the_latest_file()
    {
        await Import("2021-07-07", July);
        await Import("2021-08-02", August);
        var rows = File.ReadLines(TempStore.Fixture("ofac-publications", "2021-08-02", "sdn.csv")).Count(l => l.Length > 1);

        var active = await _temp.Store.ListSanctionsAsync(new SanctionFilter { Authority = "ofac", ActiveOn = August }, new PageRequest(0, null));
        var activeBefore = await _temp.Store.ListSanctionsAsync(new SanctionFilter { Authority = "ofac", ActiveOn = August.AddDays(-1) }, new PageRequest(0, null));

        Assert.Equal(28, rows);
        Assert.Equal(rows, active.TotalCount);
        Assert.Equal(26, activeBefore.TotalCount);
    }

    [Fact]
    public async Task Importing_the_same_publication_twice_changes_nothing_the_second_time()
    {
        await Import("2021-07-07", July);
        var before = await _temp.Store.GetStatisticsAsync();

        var again = await Import("2021-07-07", July);

        Assert.True(again.Succeeded);
        Assert.Equal(0, again.Created + again.Updated + again.Deleted + again.Delisted);
        Assert.Equal(26 + 26 + again.Relationships.Unchanged, again.Unchanged);
        Assert.Equal(before, await _temp.Store.GetStatisticsAsync());
    }

    [Fact]
    public async Task A_dry_run_reports_the_changes_and_writes_nothing()
    {
        await Import("2021-07-07", July);

        var report = await Import("2021-08-02", August, dryRun: true);

        Assert.Equal(6, report.Sanctions.Created);
        Assert.Equal(4, report.Delisted);
        Assert.Empty(await _temp.Store.GetSanctionsAsync(["ofac-4714"]));
        Assert.Null((await _temp.Store.GetSanctionsAsync(["ofac-2674"]))["ofac-2674"].EndedOn);
    }

    [Fact]
    public async Task Ofac_sanctions_attach_to_an_ofac_entity_the_graph_already_has_without_overwriting_it()
    {
        await _temp.Importer.ImportAsync(ImportSource.FromPath(Path.Combine(AppContext.BaseDirectory, "seed-data")), ImportFormats.Named("seed"), new ImportOptions(July));
        var seeded = (await _temp.Store.GetEntitiesAsync(["ofac"]))["ofac"];

        await Import("2021-07-07", July);

        Assert.Equal(seeded.Sources, (await _temp.Store.GetEntitiesAsync(["ofac"]))["ofac"].Sources);
        var page = await _temp.Store.ListSanctionsAsync(new SanctionFilter { Authority = "OFAC", Dataset = "us_ofac_sdn" }, new PageRequest(0, null));
        Assert.Equal(26, page.TotalCount);
    }

    [Fact]
    public async Task Search_finds_ofac_names_written_last_name_first()
    {
        await Import("2021-07-07", July);
        var name = (await _temp.Store.GetEntitiesAsync(["ofac-2674"]))["ofac-2674"].Name;
        var (last, first) = (name.Split(", ")[0], name.Split(", ")[1]);

        var hits = await _temp.Store.SearchAsync(new SearchQuery($"{first} {last}".ToLowerInvariant(), [], 5));

        Assert.Equal("ofac-2674", hits[0].Entity.Id);
    }

    public void Dispose() => _temp.Dispose();
}
