using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Contract;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Http;

namespace Graph.Storage.Neo4j.Tests.Store;

public sealed class ReadTests
{
    private readonly FakeCypherRunner _runner = new();

    private IGraphStore Store => new Neo4jGraphStore(_runner);

    private void Answer(CypherStatement statement, CypherResult result) =>
        _runner.Respond = (issued, _) => issued == statement ? result : null;

    private static CypherResult Page(long total, params object?[] items) =>
        FakeCypherRunner.Result(["total", "items"], [total, items.ToList()]);

    [Fact]
    public async Task Entities_decode_from_their_projections_and_unknown_ids_are_absent()
    {
        var written = Some.Person("p1", "Alou Boï Diarra", "Alou Boi Diarra");
        Answer(EntityStatements.ByIds, FakeCypherRunner.Result(["entity"], [Rows.Entity(written)]));

        var found = await Store.GetEntitiesAsync(["p1", "nobody", "p1"]);

        var entity = Assert.Single(found).Value;
        Assert.Equal((written.Id, written.Kind, written.Name), (entity.Id, entity.Kind, entity.Name));
        Assert.Equal(written.Aliases, entity.Aliases);
        Assert.Equal(written.Sources, entity.Sources);
        Assert.Equal(["p1", "nobody"], _runner.Issued.Single().Strings("ids"));
    }

    [Fact]
    public async Task No_ids_need_no_round_trip()
    {
        Assert.Empty(await Store.GetEntitiesAsync([]));
        Assert.Empty(await Store.GetSanctionsTargetingAsync([], SanctionTiming.Any));
        Assert.Empty(await Store.GetRelationshipsAsync([], RelationshipFilter.All));
        Assert.Empty(_runner.Issued);
    }

    [Fact]
    public async Task A_page_asks_one_more_than_it_shows_and_its_cursors_resume_after_the_last_item()
    {
        Answer(EntityStatements.Page, Page(5, Rows.Entity(Some.Person("p3", "C"), seq: 13), Rows.Entity(Some.Person("p4", "D"), seq: 14), Rows.Entity(Some.Person("p5", "E"), seq: 15)));

        var page = await Store.ListEntitiesAsync(new EntityFilter([EntityKind.Person, EntityKind.PublicBody]), new PageRequest(2, null));
        await Store.ListEntitiesAsync(EntityFilter.All, new PageRequest(2, page.Items[^1].Cursor));

        Assert.Equal(["p3", "p4"], page.Items.Select(i => i.Node.Id));
        Assert.True(page.HasNextPage);
        Assert.Equal(5, page.TotalCount);
        Assert.Equal(3L, _runner.Issued[0].Parameters["limit"]);
        Assert.Equal(0L, _runner.Issued[0].Parameters["after"]);
        Assert.Equal(["Person", "PublicBody"], _runner.Issued[0].Strings("kinds"));
        Assert.Equal(14L, _runner.Issued[1].Parameters["after"]);
        Assert.Empty(_runner.Issued[1].Strings("kinds"));
    }

    [Fact]
    public async Task A_cursor_the_store_did_not_issue_is_refused_before_any_round_trip()
    {
        await Assert.ThrowsAsync<InvalidCursorException>(() => Store.ListSanctionsAsync(SanctionFilter.All, new PageRequest(2, "bm90LWEtc2VxOjE=")));

        Assert.Empty(_runner.Issued);
    }

    [Fact]
    public async Task Sanction_filters_travel_as_parameters_with_authorities_resolved_by_name_first()
    {
        _runner.Respond = (statement, _) =>
            statement == EntityStatements.IdsByKey ? FakeCypherRunner.Result(["id"], ["ofac"], ["ofac-2"])
            : statement == SanctionStatements.Page ? Page(1, Rows.Sanction(Some.Sanction("s1", "ofac", "p1", "2023-07", "MALI"), seq: 4))
            : null;

        var page = await Store.ListSanctionsAsync(
            new SanctionFilter { Authority = "  OFAC ", Program = " Mali ", ListedFrom = new DateOnly(2023, 1, 2), ActiveOn = new DateOnly(2024, 2, 29) },
            new PageRequest(10, null));

        Assert.Equal("s1", Assert.Single(page.Items).Node.Id);
        Assert.Equal("Entities.IdsByKey", _runner.Issued[0].Name);
        Assert.Equal("ofac", _runner.Issued[0].Parameters["key"]);
        var parameters = _runner.Issued[1].Parameters;
        Assert.Equal(["ofac", "ofac-2"], _runner.Issued[1].Strings("authorityIds"));
        Assert.Equal("mali", parameters["program"]);
        Assert.Equal("2023-01-02", parameters["listedFrom"]);
        Assert.Equal("2024-02-29", parameters["activeOn"]);
        Assert.Null(parameters["listedTo"]);
        Assert.Null(parameters["dataset"]);
    }

    [Fact]
    public async Task An_authority_nobody_is_called_keeps_no_sanction_rather_than_every_one()
    {
        _runner.Respond = (statement, _) => statement == SanctionStatements.Page ? Page(0) : null;

        await Store.ListSanctionsAsync(new SanctionFilter { Authority = "nobody" }, new PageRequest(10, null));

        Assert.Empty(_runner.Issued.Single(i => i.Statement == SanctionStatements.Page).Strings("authorityIds"));
    }

    [Fact]
    public async Task The_change_feed_reads_additions_and_endings_with_their_days_and_positions_as_cursors()
    {
        var added = Some.Sanction("new", "ofac", "a", "2022-02") with { FirstSeen = PartialDate.Parse("2022-03-01") };
        var ended = Some.Sanction("old", "ofac", "a", "2021") with { EndedOn = PartialDate.Parse("2022-03-01") };
        var listed = Some.Sanction("hand-written", "eu", "a", "2022-05");
        Answer(SanctionStatements.ChangePage, Page(7,
            new Dictionary<string, object?> { ["kind"] = 0L, ["sanction"] = Rows.Sanction(added) },
            new Dictionary<string, object?> { ["kind"] = 1L, ["sanction"] = Rows.Sanction(ended) },
            new Dictionary<string, object?> { ["kind"] = 0L, ["sanction"] = Rows.Sanction(listed) }));

        var first = await Store.ListChangesAsync(new ChangeFilter(new DateOnly(2022, 1, 1)), new PageRequest(3, null));
        var next = await Store.ListChangesAsync(new ChangeFilter(new DateOnly(2022, 1, 1)), new PageRequest(2, first.Items[1].Cursor));

        Assert.Equal(
            [(ChangeKind.Added, "new", "2022-03-01"), (ChangeKind.Ended, "old", "2022-03-01"), (ChangeKind.Added, "hand-written", "2022-05")],
            first.Items.Select(i => (i.Node.Kind, i.Node.Sanction.Id, i.Node.Date.ToString())));
        Assert.Equal("2022-01-01", _runner.Issued[0].Parameters["since"]);
        Assert.Null(_runner.Issued[0].Parameters["authorityIds"]);
        Assert.Equal(2L, _runner.Issued[1].Parameters["offset"]);
        Assert.Equal(3L, _runner.Issued[1].Parameters["limit"]);
        // The fake answers the same rows again; what matters is that positions continue from the cursor.
        Assert.Equal([SequenceCursor.Encode(3), SequenceCursor.Encode(4)], next.Items.Select(i => i.Cursor));
        Assert.True(next.HasNextPage);
    }

    [Fact]
    public async Task Names_resolve_to_the_oldest_entity_that_carries_them_ignoring_case()
    {
        // One row per key that names an entity, with the oldest such entity's id; unknown keys answer no row.
        Answer(EntityStatements.FirstIdsByKeys, FakeCypherRunner.Result(["key", "id"],
            ["ofac", "ofac"],
            ["office of foreign assets control", "ofac"]));

        var resolved = await Store.ResolveNamesAsync(["OFAC", "Office of Foreign Assets Control", "unknown", "ofac"]);

        Assert.Equal("Entities.FirstIdsByKeys", _runner.Issued.Single().Name);
        Assert.Equal(["ofac", "office of foreign assets control", "unknown"], _runner.Issued.Single().Strings("keys"));
        Assert.Equal(new Dictionary<string, string> { ["OFAC"] = "ofac", ["Office of Foreign Assets Control"] = "ofac", ["ofac"] = "ofac" }, resolved);
    }

    [Fact]
    public async Task Relationships_are_asked_for_in_the_direction_the_filter_names()
    {
        var tie = Some.Tie("c", "a", "associate");
        _runner.Respond = (_, _) => FakeCypherRunner.Result(["relationship"], [Rows.Relationship(tie)]);

        var incoming = await Store.GetRelationshipsAsync(["a"], new RelationshipFilter(["associate"], Direction.Incoming));
        await Store.GetRelationshipsAsync(["a"], new RelationshipFilter([], Direction.Outgoing));
        await Store.GetRelationshipsAsync(["a"], RelationshipFilter.All);

        Assert.Equal(tie with { Sources = [] }, Assert.Single(incoming) with { Sources = [] });
        Assert.Equal(["Relationships.Touching.Incoming", "Relationships.Touching.Outgoing", "Relationships.Touching.Both"], _runner.Names);
        Assert.Equal(["associate"], _runner.Issued[0].Strings("types"));
    }

    [Fact]
    public async Task Statistics_read_the_three_counts()
    {
        Answer(StoreStatements.Statistics, FakeCypherRunner.Result(["entities", "sanctions", "relationships"], [3L, 2L, 1L]));

        Assert.Equal(new GraphStatistics(3, 2, 1), await Store.GetStatisticsAsync());
    }

    [Fact]
    public async Task Start_up_creates_the_schema_one_statement_at_a_time_then_waits_for_the_indexes_then_checks_the_key_index_and_the_match_keys()
    {
        await Store.InitializeAsync();

        Assert.Equal([.. SchemaStatements.Definitions.Select(s => s.Name), "Schema.EnsureMeta", "Schema.AwaitIndexes", "Keys.Rebuild", "Match.Version"], _runner.Names);
        Assert.All(_runner.Issued, issued => Assert.Null(issued.Transaction));
        Assert.Contains(_runner.Issued, i => i.Statement.Text.Contains("CREATE FULLTEXT INDEX entity_names IF NOT EXISTS", StringComparison.Ordinal));
        Assert.Contains(_runner.Issued, i => i.Statement.Text == "CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (k:EntityKey) REQUIRE k.key IS UNIQUE");
        Assert.Equal(300L, _runner.Issued.Single(i => i.Name == "Schema.AwaitIndexes").Parameters["seconds"]);
    }
}
