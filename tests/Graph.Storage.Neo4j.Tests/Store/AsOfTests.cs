using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Contract;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Storage.Neo4j.Tests.Store;

/// <summary>Reads as of a day and as known on a day, against recorded answers: what the store asks Neo4j, and how it reads the answers.</summary>
public sealed class AsOfTests
{
    private readonly FakeCypherRunner _runner = new();

    private IGraphStore Store => new Neo4jGraphStore(_runner);

    [Fact]
    public async Task Known_as_of_a_day_first_reads_each_datasets_publication_in_force_then_passes_it_to_the_read()
    {
        var delisted = Some.Sanction("ofac-1", "ofac", "t1") with { Dataset = "us_ofac_sdn", FirstSeen = PartialDate.Parse("2021-07-07"), LastSeen = PartialDate.Parse("2021-07-07") };
        _runner.Respond = (statement, _) =>
            statement == SanctionStatements.Publications ? FakeCypherRunner.Result(["dataset", "day"], ["us_ofac_sdn", "2021-07-07"], ["eu_fsf", "2021-07-19"])
            : statement == SanctionStatements.Targeting ? FakeCypherRunner.Result(["sanction"], [Rows.Sanction(delisted)])
            : null;

        var found = await Store.GetSanctionsTargetingAsync(["t1"], new SanctionTiming(null, new DateOnly(2021, 7, 20)));

        Assert.Equal(["ofac-1"], found.Select(s => s.Id));
        Assert.Equal(["Sanctions.Publications", "Sanctions.Targeting"], _runner.Names);
        Assert.Equal("2021-07-20", _runner.Issued[0].Parameters["knownAsOf"]);
        var read = _runner.Issued[1].Parameters;
        Assert.Equal("2021-07-20", read["knownAsOf"]);
        Assert.Null(read["asOf"]);
        Assert.Equal(new Dictionary<string, object?> { ["us_ofac_sdn"] = "2021-07-07", ["eu_fsf"] = "2021-07-19" }, (IDictionary<string, object?>)read["published"]!);
    }

    [Fact]
    public async Task A_list_diff_reads_the_publications_in_force_on_both_days_and_reads_both_lists_and_counts()
    {
        var added = Some.Sanction("ofac-30", "ofac", "t30") with { Dataset = "us_ofac_sdn" };
        var ended = Some.Sanction("ofac-0", "ofac", "t0") with { Dataset = "us_ofac_sdn" };
        _runner.Respond = (statement, parameters) =>
            statement == SanctionStatements.Publications
                ? FakeCypherRunner.Result(["dataset", "day"], ["us_ofac_sdn", (string)parameters["knownAsOf"]! == "2021-07-20" ? "2021-07-07" : "2021-08-02"])
            : statement == SanctionStatements.Diff
                ? FakeCypherRunner.Result(["addedCount", "added", "endedCount", "ended"], [6L, new List<object?> { Rows.Sanction(added) }, 4L, new List<object?> { Rows.Sanction(ended) }])
            : null;

        var diff = await Store.DiffSanctionsAsync(new SanctionDiffQuery(new DateOnly(2021, 7, 20), new DateOnly(2021, 8, 5), 1) { Dataset = "us_ofac_sdn" });

        Assert.Equal((6, 4), (diff.AddedCount, diff.EndedCount));
        Assert.Equal(["ofac-30"], diff.Added.Select(s => s.Id));
        Assert.Equal(["ofac-0"], diff.Ended.Select(s => s.Id));
        Assert.Equal(["Sanctions.Publications", "Sanctions.Publications", "Sanctions.Diff"], _runner.Names);
        var read = _runner.Issued[2].Parameters;
        Assert.Equal(("2021-07-20", "2021-08-05", 1L, "us_ofac_sdn"), (read["from"], read["to"], read["limit"], read["dataset"]));
        Assert.Null(read["authorityIds"]);
        Assert.Equal("2021-07-07", ((IDictionary<string, object?>)read["publishedFrom"]!)["us_ofac_sdn"]);
        Assert.Equal("2021-08-02", ((IDictionary<string, object?>)read["publishedTo"]!)["us_ofac_sdn"]);
    }

    [Fact]
    public async Task A_relationship_summary_passes_both_days_and_reads_the_groups_and_counts()
    {
        _runner.Respond = (statement, _) =>
            statement == SanctionStatements.Publications ? FakeCypherRunner.Result(["dataset", "day"], ["us_ofac_sdn", "2021-07-07"])
            : statement == RelationshipStatements.Summary ? FakeCypherRunner.Result(["groups", "neighbours", "sanctioned"], [
                new List<object?>
                {
                    new Dictionary<string, object?> { ["type"] = "support", ["direction"] = "INCOMING", ["count"] = 1L },
                    new Dictionary<string, object?> { ["type"] = "membership", ["direction"] = "OUTGOING", ["count"] = 3L },
                },
                4L, 2L])
            : null;

        var summary = await Store.SummarizeRelationshipsAsync("hub", new SanctionTiming(new DateOnly(2023, 7, 23), new DateOnly(2021, 7, 20)));

        Assert.Equal(("hub", 4, 2), (summary!.EntityId, summary.Neighbours, summary.SanctionedNeighbours));
        Assert.Equal([new RelationshipGroup("membership", Direction.Outgoing, 3), new RelationshipGroup("support", Direction.Incoming, 1)], summary.Groups);
        var read = _runner.Issued.Single(i => i.Statement == RelationshipStatements.Summary).Parameters;
        Assert.Equal(("hub", "2023-07-23", "2021-07-20"), (read["id"], read["asOf"], read["knownAsOf"]));
        Assert.Equal("2021-07-07", ((IDictionary<string, object?>)read["published"]!)["us_ofac_sdn"]);
    }

    [Fact]
    public async Task A_relationship_summary_of_an_unknown_id_is_null()
    {
        _runner.Respond = (statement, _) => statement == RelationshipStatements.Summary ? FakeCypherRunner.Result(["groups", "neighbours", "sanctioned"]) : null;

        Assert.Null(await Store.SummarizeRelationshipsAsync("nobody", SanctionTiming.Any));
    }

    [Fact]
    public async Task As_of_a_day_alone_needs_no_publications_and_a_list_passes_both_days()
    {
        _runner.Respond = (statement, _) =>
            statement == SanctionStatements.Page ? FakeCypherRunner.Result(["total", "items"], [0L, new List<object?>()])
            : statement == SanctionStatements.Publications ? FakeCypherRunner.Result(["dataset", "day"])
            : null;

        await Store.GetSanctionsTargetingAsync(["t1"], new SanctionTiming(new DateOnly(2023, 7, 23), null));
        await Store.ListSanctionsAsync(new SanctionFilter { ActiveOn = new DateOnly(2023, 7, 23), KnownAsOf = new DateOnly(2021, 7, 1) }, new PageRequest(10, null));

        Assert.Equal(["Sanctions.Targeting", "Sanctions.Publications", "Sanctions.Page"], _runner.Names);
        Assert.Equal("2023-07-23", _runner.Issued[0].Parameters["asOf"]);
        Assert.Empty((IDictionary<string, object?>)_runner.Issued[0].Parameters["published"]!);
        Assert.Equal("2023-07-23", _runner.Issued[2].Parameters["activeOn"]);
        Assert.Equal("2021-07-01", _runner.Issued[2].Parameters["knownAsOf"]);
        Assert.Empty((IDictionary<string, object?>)_runner.Issued[2].Parameters["published"]!);
    }

    [Fact]
    public async Task A_neighbourhood_passes_its_day_types_and_kinds_to_each_hop_and_pages_after_its_cursor()
    {
        // a - b - c - d, each hop answered from the frontier the store asks about.
        var ties = new[] { Some.Tie("a", "b"), Some.Tie("c", "b"), Some.Tie("c", "d") };
        _runner.Respond = (statement, parameters) =>
        {
            if (statement == EntityStatements.ByIds) return FakeCypherRunner.Result(["entity"], [Rows.Entity(Some.Person("a", "A"))]);
            if (statement != RelationshipStatements.Both) return null;
            var frontier = ((IEnumerable<string>)parameters["ids"]!).ToHashSet();
            return FakeCypherRunner.Result(["relationship"],
                [.. ties.Where(t => frontier.Contains(t.FromId) || frontier.Contains(t.ToId)).Select(t => new object?[] { Rows.Relationship(t) })]);
        };
        var query = new NeighbourhoodQuery(3, 2) { AsOf = new DateOnly(2023, 7, 23), Types = ["associate"], Kinds = [EntityKind.Person, EntityKind.Person] };

        var first = await Store.GetNeighbourhoodAsync("a", query);
        var second = await Store.GetNeighbourhoodAsync("a", query with { After = first!.EndCursor });

        Assert.Equal(["a", "b"], first.EntityIds);
        Assert.True(first.Truncated);
        Assert.Equal(["c", "d"], second!.EntityIds);
        Assert.Equal(["c--associate--b", "c--associate--d"], second.Relationships.Select(r => r.Id));
        Assert.False(second.Truncated);
        var hops = _runner.Issued.Where(i => i.Statement == RelationshipStatements.Both).ToList();
        Assert.All(hops, hop => Assert.Equal("2023-07-23", hop.Parameters["asOf"]));
        Assert.All(hops, hop => Assert.Equal(["associate"], hop.Strings("types")));
        Assert.All(hops, hop => Assert.Equal(["Person"], hop.Strings("kinds")));
    }

    [Fact]
    public async Task A_path_as_of_a_day_passes_the_day()
    {
        await Store.FindPathAsync("a", "b", 3, new DateOnly(2023, 7, 23));

        Assert.Equal("Traversal.Path.3", _runner.Issued.Single().Name);
        Assert.Equal("2023-07-23", _runner.Issued[0].Parameters["asOf"]);
    }
}
