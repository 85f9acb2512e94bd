using Graph.Import;
using Graph.Import.Reading;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Import.Running;

namespace Graph.Import.Tests.Running;

/// <summary>
/// A publication older than the newest imported for its list is refused unless asked for; asked for, it ends as the
/// two would have in date order, lastSeen never moves back and nothing a newer publication wrote or carried changes.
/// </summary>
public sealed class OlderPublicationTests : IDisposable
{
    private static readonly DateOnly July = new(2021, 7, 7);
    private static readonly DateOnly August = new(2021, 8, 2);
    private readonly TempStore _temp = new();

    private static Task<ImportReport> Import(TempStore store, DateOnly published, bool allowOlder = false, bool dryRun = false) =>
        store.Importer.ImportAsync(ImportSource.FromPath(TempStore.Fixture("ofac-publications", published.ToString("yyyy-MM-dd"))), ImportFormats.Named("ofac-csv"),
            new ImportOptions(published, dryRun, AllowOlder: allowOlder));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_older_publication_is_refused_and_nothing_changes(bool dryRun)
    {
        await Import(_temp, August);
        var before = await Snapshot.OfAsync(_temp.Store);

        var refused = await Assert.ThrowsAsync<OlderPublicationException>(() => Import(_temp, July, dryRun: dryRun));

        Assert.Equal(("us_ofac_sdn", July, August), (refused.Dataset, refused.Published, refused.Latest));
        Assert.Contains("2021-07-07 is older than the newest one imported (2021-08-02)", refused.Message);
        Assert.Equal(before, await Snapshot.OfAsync(_temp.Store));
    }

    [Fact]
    public async Task The_same_day_again_is_no_older_publication()
    {
        await Import(_temp, August);

        var again = await Import(_temp, August);

        Assert.Equal(0, again.Created + again.Updated + again.Delisted);
    }

    [Fact]
    public async Task Allowed_it_moves_no_last_seen_back_and_keeps_what_the_newer_one_wrote()
    {
        await Import(_temp, August);

        var report = await Import(_temp, July, allowOlder: true);

        Assert.True(report.Succeeded);
        Assert.Equal(0, report.Delisted);
        var sanctions = await _temp.Store.GetSanctionsAsync(["ofac-2679", "ofac-4714", "ofac-2674"]);
        // Carried by both: first seen moves back to July, last seen stays in August.
        Assert.Equal((PartialDate.FromDate(July), PartialDate.FromDate(August)), (sanctions["ofac-2679"].FirstSeen, sanctions["ofac-2679"].LastSeen));
        Assert.Null(sanctions["ofac-2679"].EndedOn);
        // Listed in August only: July does not delist what August carried.
        Assert.Null(sanctions["ofac-4714"].EndedOn);
        Assert.Equal(PartialDate.FromDate(August), sanctions["ofac-4714"].FirstSeen);
        // Carried by July only: added, and ended on the newer publication, which no longer carries it.
        Assert.Equal((PartialDate.FromDate(July), PartialDate.FromDate(July), PartialDate.FromDate(August)),
            (sanctions["ofac-2674"].FirstSeen, sanctions["ofac-2674"].LastSeen, sanctions["ofac-2674"].EndedOn));
        // 306 lost an alias in August: July's older content does not bring it back.
        Assert.DoesNotContain("NATIONAL BANK OF CUBA", (await _temp.Store.GetEntitiesAsync(["ofac-306"]))["ofac-306"].Aliases);
        Assert.Equal(August, await _temp.Store.GetLatestPublicationAsync("us_ofac_sdn"));
    }

    [Fact]
    public async Task Allowed_it_ends_as_both_publications_imported_in_date_order()
    {
        using var serial = new TempStore();
        await Import(serial, July);
        await Import(serial, August);

        await Import(_temp, August);
        await Import(_temp, July, allowOlder: true);

        Assert.Equal(await Snapshot.OfAsync(serial.Store), await Snapshot.OfAsync(_temp.Store));
    }

    [Fact]
    public async Task Allowed_again_it_changes_nothing_more()
    {
        await Import(_temp, August);
        await Import(_temp, July, allowOlder: true);
        var before = await Snapshot.OfAsync(_temp.Store);

        var again = await Import(_temp, July, allowOlder: true);

        Assert.Equal(0, again.Created + again.Updated + again.Delisted);
        Assert.Equal(before, await Snapshot.OfAsync(_temp.Store));
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>Everything the store holds, in a form that compares by content; sources without their publication date, as the importer compares them.</summary>
    private sealed record Snapshot(string Text)
    {
        public static async Task<Snapshot> OfAsync(IGraphStore store)
        {
            var entities = (await store.ListEntitiesAsync(EntityFilter.All, new PageRequest(PageRequest.MaxSize, null))).Items.Select(e => e.Node).ToList();
            var sanctions = (await store.ListSanctionsAsync(SanctionFilter.All, new PageRequest(PageRequest.MaxSize, null))).Items.Select(s => s.Node);
            var relationships = await store.GetRelationshipsAsync([.. entities.Select(e => e.Id)], RelationshipFilter.All);
            var lines = entities.Select(e => $"E {e.Id} {e.Kind} {e.Name} [{string.Join("|", e.Aliases)}] {Props(e.Properties)} {e.Note} {Sources(e.Sources)}")
                .Concat(sanctions.Select(s => $"S {s.Id} {s.AuthorityId} {s.TargetId} {s.ListedOn} {s.EndedOn} {s.FirstSeen} {s.LastSeen} {s.Dataset} "
                    + $"[{string.Join("|", s.Programs)}] [{string.Join("|", s.Provisions)}] {s.Reason} {s.Note} {Sources(s.Sources)}"))
                .Concat(relationships.DistinctBy(r => r.Id).Select(r => $"R {r.Id} {r.Type} {r.FromId} {r.ToId} {r.Role} {r.StartDate} {r.EndDate} {r.Note} {Sources(r.Sources)}"))
                .Order(StringComparer.Ordinal);
            return new Snapshot(string.Join('\n', lines));
        }

        private static string Props(IReadOnlyDictionary<string, IReadOnlyList<string>> properties) =>
            string.Join(";", properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={string.Join("|", p.Value)}"));

        private static string Sources(IReadOnlyList<Source> sources) => string.Join(";", sources.Select(s => (s with { PublishedOn = null }).ToString()));
    }
}
