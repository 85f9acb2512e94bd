using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Contract;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Http;

namespace Graph.Storage.Neo4j.Tests.Store;

public sealed class SearchTests
{
    private readonly FakeCypherRunner _runner = new();

    private static CypherResult Hits(params (Entity Entity, double Score)[] hits) =>
        FakeCypherRunner.Result(["entity", "score"], [.. hits.Select(h => new object?[] { Rows.Entity(h.Entity), h.Score })]);

    [Fact]
    public async Task Lucene_candidates_are_ranked_by_name_score_with_lucene_relevance_breaking_ties()
    {
        _runner.Respond = (_, _) => Hits(
            (Some.Entity("event", EntityKind.Event, "Sadio Camara sanctioned by OFAC"), 9.0),
            (Some.Person("camara", "CAMARA, Sadio"), 2.0),
            (Some.Person("twin-b", "Sadio Camara", "x"), 1.0),
            (Some.Person("twin-a", "Sadio Camara", "y"), 3.0));

        var hits = await new Neo4jGraphStore(_runner).SearchAsync(new SearchQuery("Sadio Camara", [], 10));

        Assert.Equal(["twin-a", "camara", "twin-b", "event"], hits.Select(h => h.Entity.Id));
        Assert.Equal(1.0, hits[0].Score);
        Assert.True(hits[2].Score > hits[3].Score);
        var issued = Assert.Single(_runner.Issued);
        Assert.Same(SearchStatements.AnyKind, issued.Statement);
        Assert.Equal("+sadio +camara*", issued.Parameters["query"]);
        Assert.Equal(40L, issued.Parameters["limit"]);
    }

    [Fact]
    public async Task Kinds_are_kept_by_the_statement_before_it_limits()
    {
        _runner.Respond = (_, _) => Hits((Some.Entity("ofac", EntityKind.PublicBody, "OFAC"), 1.0));

        var hits = await new Neo4jGraphStore(_runner).SearchAsync(new SearchQuery("ofac", [EntityKind.PublicBody, EntityKind.PublicBody], 3));

        Assert.Equal("ofac", Assert.Single(hits).Entity.Id);
        var issued = Assert.Single(_runner.Issued);
        Assert.Same(SearchStatements.OfKinds, issued.Statement);
        Assert.Equal(["PublicBody"], issued.Strings("kinds"));
        Assert.Equal(12L, issued.Parameters["limit"]);
    }

    [Fact]
    public async Task When_every_word_finds_nothing_each_query_missing_one_word_is_tried()
    {
        _runner.Respond = (_, parameters) => (string)parameters["query"]! == "+assimi +goita*"
            ? Hits((Some.Person("goita", "Assimi Goïta"), 1.0))
            : Hits();

        var hits = await new Neo4jGraphStore(_runner).SearchAsync(new SearchQuery("Assimi Goita Bamako", [], 10));

        Assert.Equal("goita", Assert.Single(hits).Entity.Id);
        Assert.Equal(["+assimi +goita +bamako*", "+goita +bamako*", "+assimi +bamako*", "+assimi +goita*"],
            _runner.Issued.Select(i => (string)i.Parameters["query"]!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ,;. ")]
    public async Task Text_without_words_finds_nothing_without_asking(string text)
    {
        Assert.Empty(await new Neo4jGraphStore(_runner).SearchAsync(new SearchQuery(text, [], 10)));

        Assert.Empty(_runner.Issued);
    }

    [Fact]
    public async Task Lucene_syntax_in_the_text_is_only_ever_words()
    {
        _runner.Respond = (_, _) => Hits();

        await new Neo4jGraphStore(_runner).SearchAsync(new SearchQuery("\"*) OR NEAR( name:x~2", [], 10));

        Assert.Equal("+or +near +name +x +2", _runner.Issued[0].Parameters["query"]);
    }
}
