using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    private static Sanction Listed(string id, string target, string? firstSeen, string? endedOn = null, string dataset = "list") =>
        Some.Sanction(id, "ofac", target) with
        {
            Dataset = dataset,
            FirstSeen = firstSeen is null ? null : PartialDate.Parse(firstSeen),
            LastSeen = firstSeen is null ? null : PartialDate.Parse(firstSeen),
            EndedOn = endedOn is null ? null : PartialDate.Parse(endedOn),
        };

    [SkippableFact]
    public async Task Deleting_an_entity_takes_its_sanctions_relationships_and_names_with_it()
    {
        await Write(
            [new Entity("ofac", EntityKind.PublicBody, "OFAC"), Some.Person("a", "Alpha Person"), Some.Person("b", "Beta Person")],
            [Some.Sanction("s1", "ofac", "a")],
            [Some.Tie("a", "b")]);

        await Store.WriteAsync(new GraphBatch([], [], []) { DeletedEntityIds = ["a", "never-existed"] });

        Assert.Empty(await Store.GetEntitiesAsync(["a"]));
        Assert.Empty(await Store.GetSanctionsAsync(["s1"]));
        Assert.Empty(await Store.GetRelationshipsAsync(["b"], RelationshipFilter.All));
        Assert.Empty(await Store.SearchAsync(new SearchQuery("Alpha", [], 10)));
        Assert.Empty(await Store.ResolveNamesAsync(["Alpha Person"]));
        Assert.Equal(new GraphStatistics(2, 0, 0), await Store.GetStatisticsAsync());
    }

    [SkippableFact]
    public async Task Sanctions_and_relationships_are_found_and_deleted_by_id()
    {
        await Write([Some.Entity("ofac", EntityKind.PublicBody), Some.Person("a", "A"), Some.Person("b", "B")], [Listed("s1", "a", "2021-07-07")], [Some.Tie("a", "b", id: "r1")]);

        var sanction = (await Store.GetSanctionsAsync(["s1", "nope"]))["s1"];
        var tie = (await Store.GetRelationshipsByIdAsync(["r1", "nope"]))["r1"];
        await Store.WriteAsync(new GraphBatch([], [], []) { DeletedSanctionIds = ["s1"], DeletedRelationshipIds = ["r1"] });

        Assert.Equal("list", sanction.Dataset);
        Assert.Equal(PartialDate.Parse("2021-07-07"), sanction.FirstSeen);
        Assert.Equal("b", tie.ToId);
        Assert.Equal(new GraphStatistics(3, 0, 0), await Store.GetStatisticsAsync());
    }

    [SkippableFact]
    public async Task Active_sanction_ids_are_listed_per_dataset()
    {
        await Write(
            [Some.Entity("ofac", EntityKind.PublicBody), Some.Person("a", "A")],
            [Listed("s1", "a", "2021-07-07"), Listed("s2", "a", "2021-07-07", "2022-01-01"), Listed("s3", "a", "2021-07-07", dataset: "other")]);

        Assert.Equal(["s1"], await Store.ListActiveSanctionIdsAsync("list"));
    }

    [SkippableFact]
    public async Task The_latest_publication_of_a_dataset_is_its_newest_last_seen_day()
    {
        await Write(
            [Some.Entity("ofac", EntityKind.PublicBody), Some.Person("a", "A")],
            [Listed("s1", "a", "2021-07-07"), Listed("s2", "a", "2022-03-01", "2022-05-01"), Listed("s3", "a", "2023-01-01", dataset: "other")]);

        Assert.Equal(new DateOnly(2022, 3, 1), await Store.GetLatestPublicationAsync("list"));
        Assert.Null(await Store.GetLatestPublicationAsync("never-imported"));
    }

    [SkippableFact]
    public async Task The_degree_bound_is_at_least_the_most_relationships_on_one_entity()
    {
        Assert.Equal(0, await Store.GetMaxDegreeAsync());
        await Write(
            [Some.Person("hub", "Hub"), .. Enumerable.Range(0, 5).Select(i => Some.Person($"p{i}", $"P {i}"))],
            relationships: [.. Enumerable.Range(0, 4).Select(i => Some.Tie("hub", $"p{i}")), Some.Tie("p4", "hub"), Some.Tie("p0", "p1")]);

        var bound = await Store.GetMaxDegreeAsync();

        Assert.InRange(bound, 5, 5 + 4);
    }

    [SkippableFact]
    public async Task Names_resolve_to_ids_by_id_name_or_alias_ignoring_case()
    {
        await Write([new Entity("ofac", EntityKind.PublicBody, "Office of Foreign Assets Control") { Aliases = ["OFAC"] }]);

        var resolved = await Store.ResolveNamesAsync(["ofac", "OFFICE OF FOREIGN ASSETS CONTROL", "Ofac", "unknown"]);

        Assert.Equal(3, resolved.Count);
        Assert.All(resolved.Values, id => Assert.Equal("ofac", id));
    }

    [SkippableFact]
    public async Task The_active_on_and_first_seen_filters_follow_publications()
    {
        await Write(
            [Some.Entity("ofac", EntityKind.PublicBody), Some.Person("a", "A")],
            [Listed("old", "a", "2021-07-07", "2022-03-01"), Listed("new", "a", "2022-03-01"), Listed("kept", "a", "2021-07-07")]);

        async Task<IEnumerable<string>> Ids(SanctionFilter filter) =>
            (await Store.ListSanctionsAsync(filter, new PageRequest(10, null))).Items.Select(i => i.Node.Id).Order();

        Assert.Equal(["kept", "old"], await Ids(new SanctionFilter { ActiveOn = new DateOnly(2022, 2, 28) }));
        Assert.Equal(["kept", "new"], await Ids(new SanctionFilter { ActiveOn = new DateOnly(2022, 3, 1) }));
        Assert.Equal(["new"], await Ids(new SanctionFilter { FirstSeenFrom = new DateOnly(2022, 1, 1) }));
        Assert.Equal(["kept", "new", "old"], await Ids(new SanctionFilter { Dataset = "list" }));
    }

    [SkippableFact]
    public async Task The_change_feed_names_additions_and_endings_since_a_day_oldest_first()
    {
        await Write(
            [new Entity("ofac", EntityKind.PublicBody, "Office of Foreign Assets Control") { Aliases = ["OFAC"] }, Some.Entity("eu", EntityKind.PublicBody), Some.Person("a", "A")],
            [
                Listed("old", "a", "2021-07-07", "2022-03-01"),
                Listed("new", "a", "2022-03-01"),
                Listed("kept", "a", "2021-07-07"),
                Some.Sanction("hand-written", "eu", "a", "2022-05"),
            ]);

        var page = await Store.ListChangesAsync(new ChangeFilter(new DateOnly(2022, 1, 1)), new PageRequest(10, null));
        var ofacOnly = await Store.ListChangesAsync(new ChangeFilter(new DateOnly(2022, 1, 1)) { Authority = "OFAC" }, new PageRequest(1, null));
        var rest = await Store.ListChangesAsync(new ChangeFilter(new DateOnly(2022, 1, 1)) { Authority = "OFAC" }, new PageRequest(10, ofacOnly.Items[^1].Cursor));

        Assert.Equal(
            [(ChangeKind.Added, "new", "2022-03-01"), (ChangeKind.Ended, "old", "2022-03-01"), (ChangeKind.Added, "hand-written", "2022-05")],
            page.Items.Select(i => (i.Node.Kind, i.Node.Sanction.Id, i.Node.Date.ToString())));
        Assert.Equal(3, page.TotalCount);
        Assert.Equal(2, ofacOnly.TotalCount);
        Assert.True(ofacOnly.HasNextPage);
        Assert.Equal(["old"], rest.Items.Select(i => i.Node.Sanction.Id));
    }
}
