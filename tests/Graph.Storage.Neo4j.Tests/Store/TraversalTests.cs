using Graph.Domain.Store;
using Graph.Storage.Contract;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Storage.Neo4j.Tests.Store;

public sealed class TraversalTests
{
    private readonly FakeCypherRunner _runner = new();

    private IGraphStore Store => new Neo4jGraphStore(_runner);

    [Fact]
    public async Task A_path_decodes_its_entities_and_relationships_in_chain_order()
    {
        var ties = new[] { Some.Tie("x", "a"), Some.Tie("x", "d"), Some.Tie("e", "d") };
        _runner.Respond = (statement, _) => statement == TraversalStatements.Path(4)
            ? FakeCypherRunner.Result(["entityIds", "relationships"], [new List<object?> { "a", "x", "d", "e" }, ties.Select(t => (object?)Rows.Relationship(t)).ToList()])
            : null;

        var path = await Store.FindPathAsync("a", "e", 4, null);

        Assert.Equal(["a", "x", "d", "e"], path!.EntityIds);
        Assert.Equal(ties.Select(t => t.Id), path.Relationships.Select(r => r.Id));
        Assert.Equal(new Dictionary<string, object?> { ["fromId"] = "a", ["toId"] = "e", ["asOf"] = null }, _runner.Issued.Single().Parameters);
    }

    [Theory]
    [InlineData(1, "Traversal.Path.1")]
    [InlineData(6, "Traversal.Path.6")]
    [InlineData(50, "Traversal.Path.10")]
    public async Task The_bound_picks_the_statement_with_that_many_hops(int maxHops, string statement)
    {
        Assert.Null(await Store.FindPathAsync("a", "b", maxHops, null));

        Assert.Equal(statement, _runner.Issued.Single().Name);
        Assert.Contains($"*1..{statement.Split('.')[^1]}]", _runner.Issued[0].Statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_hops_find_no_path_and_an_entity_reaches_itself_in_none()
    {
        _runner.Respond = (statement, _) => statement == EntityStatements.ByIds
            ? FakeCypherRunner.Result(["entity"], [Rows.Entity(Some.Person("a", "A"))])
            : null;
        IGraphStore store = new Neo4jGraphStore(_runner);

        Assert.Null(await store.FindPathAsync("a", "b", 0, null));
        var self = await store.FindPathAsync("a", "a", 4, null);

        Assert.Equal(["a"], self!.EntityIds);
        Assert.Equal(0, self.Length);
        Assert.Equal(["Entities.ByIds"], _runner.Names);
    }

    [Fact]
    public async Task The_neighbourhood_walks_hop_by_hop_and_says_when_the_limit_cut_it()
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
        IGraphStore store = new Neo4jGraphStore(_runner);

        var two = await store.GetNeighbourhoodAsync("a", new NeighbourhoodQuery(2, 100));
        var limited = await store.GetNeighbourhoodAsync("a", new NeighbourhoodQuery(3, 2));

        Assert.Equal(["a", "b", "c"], two!.EntityIds);
        Assert.Equal(2, two.Relationships.Count);
        Assert.False(two.Truncated);
        Assert.Equal(["a", "b"], limited!.EntityIds);
        Assert.Equal(["a--associate--b"], limited.Relationships.Select(r => r.Id));
        Assert.True(limited.Truncated);
        Assert.Equal([["a"], ["b"]], _runner.Issued.Where(i => i.Statement == RelationshipStatements.Both).Take(2).Select(i => i.Strings("ids")));
    }

    [Fact]
    public async Task An_unknown_centre_has_no_neighbourhood()
    {
        Assert.Null(await Store.GetNeighbourhoodAsync("nobody", new NeighbourhoodQuery(2, 10)));

        Assert.Equal(["Entities.ByIds"], _runner.Names);
    }
}
