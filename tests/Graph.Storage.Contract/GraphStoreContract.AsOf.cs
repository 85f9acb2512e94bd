using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Storage.Contract;

/// <summary>Reads as of a day and as known on a day, as <see cref="Holding"/> and <see cref="SanctionTiming"/> define them.</summary>
public abstract partial class GraphStoreContract
{
    private static readonly DateOnly July23 = new(2023, 7, 23);

    private static Sanction Dated(string id, string? listedOn, string? endedOn = null, string? firstSeen = null) =>
        Some.Sanction(id, "ofac", "p1", listedOn) with
        {
            EndedOn = endedOn is null ? null : PartialDate.Parse(endedOn),
            FirstSeen = firstSeen is null ? null : PartialDate.Parse(firstSeen),
        };

    private static Relationship Between(string from, string to, string? start, string? end, string type = "associate") =>
        Some.Tie(from, to, type) with
        {
            StartDate = start is null ? null : PartialDate.Parse(start),
            EndDate = end is null ? null : PartialDate.Parse(end),
        };

    [SkippableFact]
    public async Task Sanctions_as_of_a_day_are_those_listed_by_then_and_not_ended_by_then_partial_dates_as_intervals()
    {
        Sanction[] sanctions =
        [
            Dated("listed-next-day", "2023-07-24"),
            Dated("listed-that-day", "2023-07-23"),
            Dated("ended-later", "2020-01-15", "2024-01-01"),
            Dated("ended-before", "2020-01-15", "2023-07-01"),
            Dated("ended-that-day", "2020-01-15", "2023-07-23"),
            Dated("listed-that-month", "2023-07"),
            Dated("listed-next-month", "2023-08"),
            Dated("ended-that-year", "2020", "2023"),
            Dated("first-seen-later", null, firstSeen: "2023-08-01"),
            Dated("first-seen-before", null, firstSeen: "2023-01-01"),
            Dated("undated", null),
        ];
        await Write([Some.Entity("ofac", EntityKind.PublicBody), Some.Person("p1", "A")], sanctions);

        var listed = await Store.ListSanctionsAsync(new SanctionFilter { ActiveOn = July23 }, new PageRequest(100, null));
        var targeting = await Store.GetSanctionsTargetingAsync(["p1"], new SanctionTiming(July23, null));

        string[] expected = ["listed-that-day", "ended-later", "listed-that-month", "ended-that-year", "first-seen-before", "undated"];
        Assert.Equal(expected, sanctions.Where(s => s.HoldsOn(July23)).Select(s => s.Id));
        Assert.Equal(expected, listed.Items.Select(i => i.Node.Id));
        Assert.Equal(expected.Length, listed.TotalCount);
        Assert.Equal(expected, targeting.Select(s => s.Id));
        Assert.Equal(sanctions.Length, (await Store.GetSanctionsTargetingAsync(["p1"], SanctionTiming.Any)).Count);
    }

    [SkippableFact]
    public async Task Relationships_as_of_a_day_are_those_whose_start_and_end_dates_hold_it_open_ends_open()
    {
        Relationship[] ties =
        [
            Between("a", "open", null, null),
            Between("a", "started-that-month", "2023-07", null),
            Between("a", "starts-next-day", "2023-07-24", null),
            Between("a", "ended-month-before", null, "2023-06"),
            Between("a", "ends-that-month", "2020", "2023-07"),
            Between("a", "ended-day-before", "2020-01-01", "2023-07-22"),
            Between("a", "ends-that-day", "2020-01-01", "2023-07-23"),
            Between("a", "within", "2023-07-01", "2023-07-31"),
        ];
        await Write([Some.Person("a", "A"), .. ties.Select(t => Some.Person(t.ToId, t.ToId))], relationships: ties);

        var asOf = await Store.GetRelationshipsAsync(["a"], RelationshipFilter.All with { AsOf = July23 });

        string[] expected = ["open", "started-that-month", "ends-that-month", "ends-that-day", "within"];
        Assert.Equal(expected, ties.Where(t => t.HoldsOn(July23)).Select(t => t.ToId));
        Assert.Equal(expected, asOf.Select(t => t.ToId));
        Assert.Equal(ties.Length, (await Store.GetRelationshipsAsync(["a"], RelationshipFilter.All)).Count);
    }

    [SkippableFact]
    public async Task A_neighbourhood_and_a_path_as_of_a_day_do_not_follow_a_relationship_ended_before_it()
    {
        // a - b - c is short but a - b ended in 2020; a - d - e - c holds throughout.
        await Write(
            [.. "abcde".Select(c => Some.Person(c.ToString(), c.ToString()))],
            relationships: [Between("a", "b", null, "2020-05"), Between("b", "c", null, null), Between("a", "d", "2019", null), Between("d", "e", null, null), Between("e", "c", null, null)]);

        var now = await Store.GetNeighbourhoodAsync("a", new NeighbourhoodQuery(1, 100));
        var then = await Store.GetNeighbourhoodAsync("a", new NeighbourhoodQuery(1, 100) { AsOf = July23 });
        var before = await Store.GetNeighbourhoodAsync("a", new NeighbourhoodQuery(1, 100) { AsOf = new DateOnly(2018, 1, 1) });
        var shortest = await Store.FindPathAsync("a", "c", 4, null);
        var holding = await Store.FindPathAsync("a", "c", 4, July23);
        var tooShort = await Store.FindPathAsync("a", "c", 2, July23);

        Assert.Equal(["a", "b", "d"], now!.EntityIds);
        Assert.Equal(["a", "d"], then!.EntityIds);
        Assert.Equal(["a--associate--d"], then.Relationships.Select(r => r.Id));
        Assert.Equal(["a", "b"], before!.EntityIds);
        Assert.Equal(["a", "b", "c"], shortest!.EntityIds);
        Assert.Equal(["a", "d", "e", "c"], holding!.EntityIds);
        Assert.Null(tooShort);
    }

    [SkippableFact]
    public async Task A_neighbourhood_follows_only_the_types_and_reaches_only_the_kinds_asked_for()
    {
        await Write(
            [Some.Person("x", "X"), Some.Person("p", "P"), Some.Entity("o", EntityKind.Organization), Some.Entity("o2", EntityKind.Organization), Some.Person("q", "Q")],
            relationships: [Some.Tie("x", "p"), Some.Tie("x", "o", "member_of"), Some.Tie("p", "o2", "member_of"), Some.Tie("o", "q")]);

        var associates = await Store.GetNeighbourhoodAsync("x", new NeighbourhoodQuery(2, 100) { Types = ["associate"] });
        var organisations = await Store.GetNeighbourhoodAsync("x", new NeighbourhoodQuery(2, 100) { Kinds = [EntityKind.Organization] });

        Assert.Equal(["x", "p"], associates!.EntityIds);
        Assert.Equal(["x", "o"], organisations!.EntityIds);
        Assert.Equal(["x--member_of--o"], organisations.Relationships.Select(r => r.Id));
    }

    [SkippableFact]
    public async Task Neighbourhood_pages_follow_one_another_without_repeats_and_cover_the_whole_neighbourhood()
    {
        // A centre with seven neighbours, each with two of its own, and ties among the neighbours.
        var entities = new List<Entity> { Some.Person("c", "C") };
        var ties = new List<Relationship>();
        for (var i = 0; i < 7; i++)
        {
            entities.Add(Some.Person($"n{i}", $"N{i}"));
            ties.Add(Some.Tie("c", $"n{i}"));
            if (i > 0) ties.Add(Some.Tie($"n{i - 1}", $"n{i}", "family"));
            for (var j = 0; j < 2; j++)
            {
                entities.Add(Some.Person($"n{i}m{j}", $"N{i}M{j}"));
                ties.Add(Some.Tie($"n{i}m{j}", $"n{i}", "member_of"));
            }
        }
        await Write(entities, relationships: ties);
        var whole = (await Store.GetNeighbourhoodAsync("c", new NeighbourhoodQuery(2, 1000)))!;

        var ids = new List<string>();
        var relationships = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = (await Store.GetNeighbourhoodAsync("c", new NeighbourhoodQuery(2, 4) { After = after }))!;
            pages++;
            Assert.True(page.EntityIds.Count <= 4);
            ids.AddRange(page.EntityIds);
            relationships.AddRange(page.Relationships.Select(r => r.Id));
            if (!page.Truncated) break;
            after = page.EndCursor;
        }

        Assert.Equal(22, whole.EntityIds.Count);
        Assert.False(whole.Truncated);
        Assert.Equal(whole.EntityIds, ids);
        Assert.Equal(6, pages);
        Assert.Equal(relationships.Count, relationships.Distinct().Count());
        Assert.Equal(whole.Relationships.Select(r => r.Id).Order(StringComparer.Ordinal), relationships.Order(StringComparer.Ordinal));
        Assert.Equal(ties.Count, relationships.Count);
    }

    [SkippableFact]
    public async Task A_neighbourhood_refuses_a_cursor_it_did_not_issue()
    {
        await Write([Some.Person("c", "C")]);

        await Assert.ThrowsAsync<InvalidCursorException>(() => Store.GetNeighbourhoodAsync("c", new NeighbourhoodQuery(2, 10) { After = "not a cursor" }));
    }

    /// <summary>
    /// Two publications of OFAC's SDN list as the importer writes them (tests/Graph.Import.Tests/Fixtures/ofac-publications):
    /// 26 entries on 2021-07-07; on 2021-08-02 the first 4 are gone (last seen on 07-07, ended on 08-02), the other 22
    /// are seen again and 6 are new. A hand-written sanction listed on 2021-07-10 sits beside them.
    /// </summary>
    private async Task WriteTwoOfacPublications()
    {
        static Sanction Row(int i, string firstSeen, string lastSeen, string? endedOn) =>
            Some.Sanction($"ofac-{i}", "ofac", $"t{i}") with
            {
                Dataset = "us_ofac_sdn",
                FirstSeen = PartialDate.Parse(firstSeen),
                LastSeen = PartialDate.Parse(lastSeen),
                EndedOn = endedOn is null ? null : PartialDate.Parse(endedOn),
            };
        var rows = Enumerable.Range(0, 32).Select(i => i switch
        {
            < 4 => Row(i, "2021-07-07", "2021-07-07", "2021-08-02"),
            < 26 => Row(i, "2021-07-07", "2021-08-02", null),
            _ => Row(i, "2021-08-02", "2021-08-02", null),
        }).ToList();
        await Write(
            [Some.Entity("ofac", EntityKind.PublicBody, "OFAC"), Some.Entity("eu", EntityKind.PublicBody, "EU"), .. Enumerable.Range(0, 33).Select(i => Some.Person($"t{i}", $"T{i}"))],
            [.. rows, Some.Sanction("hand-written", "eu", "t32", "2021-07-10")]);
    }

    [SkippableFact]
    public async Task Known_as_of_a_day_a_dataset_counts_exactly_the_rows_of_its_publication_in_force_that_day()
    {
        await WriteTwoOfacPublications();

        async Task<long> Known(DateOnly day, string? dataset = "us_ofac_sdn") =>
            (await Store.ListSanctionsAsync(new SanctionFilter { Dataset = dataset, KnownAsOf = day }, new PageRequest(100, null))).TotalCount;

        Assert.Equal(0, await Known(new DateOnly(2021, 7, 1)));
        Assert.Equal(26, await Known(new DateOnly(2021, 7, 7)));
        Assert.Equal(26, await Known(new DateOnly(2021, 7, 20)));
        Assert.Equal(28, await Known(new DateOnly(2021, 8, 2)));
        Assert.Equal(28, await Known(new DateOnly(2021, 8, 5)));
        Assert.Equal(26, await Known(new DateOnly(2021, 7, 9), dataset: null));
        Assert.Equal(27, await Known(new DateOnly(2021, 7, 20), dataset: null));
        Assert.Equal(29, await Known(new DateOnly(2021, 8, 5), dataset: null));
    }

    [SkippableFact]
    public async Task As_of_a_day_the_authority_counts_each_publications_rows_and_a_target_shows_what_was_known()
    {
        await WriteTwoOfacPublications();

        async Task<long> AsOf(DateOnly day) =>
            (await Store.ListSanctionsAsync(new SanctionFilter { Authority = "OFAC", ActiveOn = day }, new PageRequest(100, null))).TotalCount;
        var delistedThen = await Store.GetSanctionsTargetingAsync(["t0", "t30"], new SanctionTiming(null, new DateOnly(2021, 7, 20)));
        var delistedLater = await Store.GetSanctionsTargetingAsync(["t0", "t30"], new SanctionTiming(null, new DateOnly(2021, 8, 5)));
        var both = await Store.GetSanctionsTargetingAsync(["t0", "t30"], new SanctionTiming(new DateOnly(2021, 8, 5), new DateOnly(2021, 8, 5)));

        Assert.Equal(26, await AsOf(new DateOnly(2021, 7, 20)));
        Assert.Equal(28, await AsOf(new DateOnly(2021, 8, 5)));
        Assert.Equal(["ofac-0"], delistedThen.Select(s => s.Id));
        Assert.Equal(["ofac-30"], delistedLater.Select(s => s.Id));
        Assert.Equal(["ofac-30"], both.Select(s => s.Id));
    }

    [SkippableFact]
    public async Task A_list_diff_between_two_publications_names_the_rows_added_and_ended_and_counts_them_whole()
    {
        await WriteTwoOfacPublications();

        var diff = await Store.DiffSanctionsAsync(new SanctionDiffQuery(new DateOnly(2021, 7, 20), new DateOnly(2021, 8, 5), 3) { Dataset = "us_ofac_sdn" });
        var first = await Store.DiffSanctionsAsync(new SanctionDiffQuery(new DateOnly(2021, 7, 1), new DateOnly(2021, 7, 7), 100) { Authority = "ofac" });
        var samePublication = await Store.DiffSanctionsAsync(new SanctionDiffQuery(new DateOnly(2021, 7, 8), new DateOnly(2021, 7, 31), 100) { Dataset = "us_ofac_sdn" });
        var everyList = await Store.DiffSanctionsAsync(new SanctionDiffQuery(new DateOnly(2021, 7, 9), new DateOnly(2021, 7, 10), 100));
        var otherAuthority = await Store.DiffSanctionsAsync(new SanctionDiffQuery(new DateOnly(2021, 7, 20), new DateOnly(2021, 8, 5), 100) { Authority = "EU" });

        Assert.Equal((6, 4), (diff.AddedCount, diff.EndedCount));
        Assert.Equal(["ofac-26", "ofac-27", "ofac-28"], diff.Added.Select(s => s.Id));
        Assert.Equal(["ofac-0", "ofac-1", "ofac-2"], diff.Ended.Select(s => s.Id));
        Assert.Equal((26, 0), (first.AddedCount, first.EndedCount));
        Assert.Equal(26, first.Added.Count);
        Assert.Equal((0, 0), (samePublication.AddedCount, samePublication.EndedCount));
        Assert.Equal(["hand-written"], everyList.Added.Select(s => s.Id));
        Assert.Equal((0, 0), (otherAuthority.AddedCount, otherAuthority.EndedCount));
    }

    [SkippableFact]
    public async Task A_relationship_summary_counts_types_directions_and_neighbours_and_the_sanctioned_ones_on_a_day()
    {
        await Write(
            [Some.Entity("ofac", EntityKind.PublicBody, "OFAC"), Some.Person("hub", "Hub"), .. new[] { "a", "b", "c", "d" }.Select(id => Some.Person(id, id.ToUpperInvariant()))],
            [Dated("a-listed-later", "2023-07-24") with { TargetId = "a" }, Dated("b-listed", "2020-01-01") with { TargetId = "b" }, Dated("hub-own", "2020-01-01") with { TargetId = "hub" }],
            [
                Some.Tie("hub", "a", "membership", "m1"),
                Some.Tie("hub", "b", "membership", "m2"),
                Some.Tie("c", "hub", "membership", "m3"),
                Between("hub", "d", "2024-01-01", null, "support") with { Id = "later" },
                Some.Tie("hub", "a", "associate", "twice-the-same-neighbour"),
                Some.Tie("hub", "hub", "associate", "to-itself"),
            ]);

        var always = await Store.SummarizeRelationshipsAsync("hub", SanctionTiming.Any);
        var then = await Store.SummarizeRelationshipsAsync("hub", new SanctionTiming(July23, null));

        Assert.Equal(
            [new RelationshipGroup("associate", Direction.Outgoing, 2), new RelationshipGroup("membership", Direction.Outgoing, 2),
             new RelationshipGroup("membership", Direction.Incoming, 1), new RelationshipGroup("support", Direction.Outgoing, 1)],
            always!.Groups);
        Assert.Equal(("hub", 4, 2), (always.EntityId, always.Neighbours, always.SanctionedNeighbours));
        Assert.DoesNotContain(then!.Groups, g => g.Type == "support");
        Assert.Equal((3, 1), (then.Neighbours, then.SanctionedNeighbours));
        Assert.Null(await Store.SummarizeRelationshipsAsync("nobody", SanctionTiming.Any));
        Assert.Equal((0, 0), ((await Store.SummarizeRelationshipsAsync("ofac", SanctionTiming.Any))!.Neighbours, (await Store.SummarizeRelationshipsAsync("ofac", SanctionTiming.Any))!.Groups.Count));
    }
}
