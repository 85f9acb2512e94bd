using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Contract;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Http;

namespace Graph.Storage.Neo4j.Tests.Store;

/// <summary>Every statement the store sends is a catalog statement, and user values only ever travel as parameters.</summary>
public sealed class StatementSafetyTests
{
    private const string Hostile = "x'}) DETACH DELETE n //";

    private readonly FakeCypherRunner _runner = new() { Respond = Answers };

    [Fact]
    public async Task Every_statement_the_store_issues_is_in_the_catalog_with_exactly_its_declared_parameters()
    {
        await UseEveryMethod(new Neo4jGraphStore(_runner), "p1");

        Assert.True(_runner.Issued.Count > 30, $"Only {_runner.Issued.Count} statements were issued.");
        Assert.All(_runner.Issued, issued =>
        {
            Assert.Contains(CypherCatalog.All, s => ReferenceEquals(s, issued.Statement));
            Assert.Equal(issued.Statement.Parameters.Order(), issued.Parameters.Keys.Order());
        });
    }

    [Fact]
    public async Task Hostile_text_reaches_the_server_only_as_parameter_values()
    {
        await UseEveryMethod(new Neo4jGraphStore(_runner), Hostile);

        var catalogTexts = CypherCatalog.All.Select(s => s.Text).ToHashSet(StringComparer.Ordinal);
        Assert.All(_runner.Issued, issued =>
        {
            Assert.Contains(issued.Statement.Text, catalogTexts);
            Assert.DoesNotContain("DETACH DELETE n //", issued.Statement.Text, StringComparison.Ordinal);
        });
        var carrying = _runner.Issued.Where(i => Values(i.Parameters).Any(v => v.Contains(Hostile, StringComparison.Ordinal))).Select(i => i.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "Write.Entities.Person", "Write.EntityKeys", "Write.Sanctions", "Write.Relationships.ASSOCIATE", "Entities.ByIds", "Sanctions.Page" }, carrying);
    }

    [Fact]
    public void The_catalog_names_each_statement_once()
    {
        Assert.Equal(CypherCatalog.All.Count, CypherCatalog.All.Select(s => s.Name).Distinct().Count());
        Assert.Equal(CypherCatalog.All.Count, CypherCatalog.All.Select(s => s.Text).Distinct().Count());
        Assert.All(GraphModel.KindLabels, label => Assert.Contains(CypherCatalog.All, s => s.Name == $"Write.Entities.{label}"));
        Assert.All(GraphModel.RelationshipTypes, type => Assert.Contains(CypherCatalog.All, s => s.Name == $"Write.Relationships.{type}"));
        Assert.All(Enumerable.Range(1, TraversalStatements.MaxPathHops), hops => Assert.Contains(TraversalStatements.Path(hops), CypherCatalog.All));
    }

    /// <summary>Calls every method of the port, with <paramref name="value"/> wherever a caller may put text.</summary>
    private static async Task UseEveryMethod(Neo4jGraphStore store, string value)
    {
        var entity = new Entity(value, EntityKind.Person, value) { Aliases = [value], Note = value, Sources = [Some.Source(value)] };
        await store.InitializeAsync();
        await store.WriteAsync(new GraphBatch(
            [entity, Some.Person("p2", "B")],
            [Some.Sanction(value, value, value, "2023", value) with { Dataset = value, Reason = value }],
            [Some.Tie(value, "p2") with { Role = value }])
        {
            DeletedEntityIds = [value],
            DeletedSanctionIds = [value],
            DeletedRelationshipIds = [value],
        });
        await store.GetEntitiesAsync([value]);
        await store.GetSanctionsAsync([value]);
        await store.GetRelationshipsByIdAsync([value]);
        await store.ListActiveSanctionIdsAsync(value);
        await store.ResolveNamesAsync([value]);
        await store.ListChangesAsync(new ChangeFilter(new DateOnly(2020, 1, 1)) { Authority = value, Dataset = value }, new PageRequest(10, null));
        await store.GetSanctionsTargetingAsync([value], SanctionTiming.Any);
        await store.GetSanctionsTargetingAsync([value], new SanctionTiming(new DateOnly(2022, 1, 1), new DateOnly(2022, 1, 1)));
        foreach (var direction in Enum.GetValues<Direction>()) await store.GetRelationshipsAsync([value], new RelationshipFilter([value], direction));
        await store.ListEntitiesAsync(new EntityFilter([EntityKind.Person]), new PageRequest(10, null));
        await store.ListSanctionsAsync(new SanctionFilter
        {
            Authority = value, Program = value, TargetId = value, Dataset = value,
            ListedFrom = new DateOnly(2020, 1, 1), ListedTo = new DateOnly(2024, 1, 1), FirstSeenFrom = new DateOnly(2020, 1, 1), ActiveOn = new DateOnly(2022, 1, 1),
            KnownAsOf = new DateOnly(2022, 1, 1),
        }, new PageRequest(10, null));
        await store.SearchAsync(new SearchQuery(value + " nobody", [], 10));
        await store.SearchAsync(new SearchQuery(value, [EntityKind.Person], 10));
        await store.FindPathAsync(value, "p2", 4, new DateOnly(2022, 1, 1));
        await store.GetNeighbourhoodAsync(value, new NeighbourhoodQuery(2, 100)
        {
            AsOf = new DateOnly(2022, 1, 1), Types = ["associate"], Kinds = [EntityKind.Person], After = SequenceCursor.Encode(1),
        });
        await store.GetChangeStampAsync();
        await store.GetStatisticsAsync();
    }

    private static CypherResult? Answers(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters)
    {
        var entity = Rows.Entity(Some.Person("p1", "A"));
        if (statement == StoreStatements.Statistics) return FakeCypherRunner.Result(["entities", "sanctions", "relationships"], [0L, 0L, 0L]);
        if (statement == StoreStatements.ChangeStamp) return FakeCypherRunner.Result(["stamp"], [5L]);
        if (statement == EntityStatements.Page || statement == SanctionStatements.Page || statement == SanctionStatements.ChangePage)
        {
            return FakeCypherRunner.Result(["total", "items"], [0L, new List<object?>()]);
        }
        if (statement == EntityStatements.ByIds) return FakeCypherRunner.Result(["entity"], [entity]);
        if (statement == RelationshipStatements.Both) return FakeCypherRunner.Result(["relationship"], [Rows.Relationship(Some.Tie("p1", "p2"))]);
        return null;
    }

    private static IEnumerable<string> Values(object? value) => value switch
    {
        string text => [text],
        IReadOnlyDictionary<string, object?> map => map.Values.SelectMany(Values),
        System.Collections.IEnumerable items => items.Cast<object?>().SelectMany(Values),
        _ => [],
    };
}
