using Graph.Domain.Matching;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Contract;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Http;
using FakeQueryApi = Graph.Storage.Neo4j.Tests.Http.FakeQueryApi;
using Some = Graph.Storage.Contract.Some;

namespace Graph.Storage.Neo4j.Tests.Store;

/// <summary>
/// The match-candidate index over Neo4j: <c>matchKeyText</c> written with each entity, a whitespace full-text index
/// over it, one bounded query per key summed by the server, and a rebuild at start-up when the rules' version moved.
/// </summary>
public sealed class MatchCandidateTests : IDisposable
{
    private readonly FakeCypherRunner _runner = new();
    private readonly FakeQueryApi _server = new();

    public void Dispose() => _server.Dispose();

    private Neo4jGraphStore Store(int window = 5_000) => new(_runner) { MatchKeyRebuildWindow = window, WriteRetryDelay = TimeSpan.Zero };

    private static MatchCandidateQuery Query(string name, int limit = 10) => new(MatchKeys.OfQuery(new MatchQuery(name)), limit);

    [Fact]
    public void An_entity_node_carries_its_match_keys_as_whitespace_terms_with_a_pair_key_s_space_as_an_underscore()
    {
        var node = GraphModel.Node(new Entity("p1", EntityKind.Person, "Sadio Camara")
        {
            Properties = new Dictionary<string, IReadOnlyList<string>> { ["passportNumber"] = ["AB 123456"] },
        });

        var terms = ((string)node.Properties["matchKeyText"]!).Split(' ');

        Assert.Equal(MatchKeys.OfEntity(new Entity("p1", EntityKind.Person, "Sadio Camara") { Properties = new Dictionary<string, IReadOnlyList<string>> { ["passportNumber"] = ["AB 123456"] } }).Count, terms.Length);
        Assert.Contains("t:kmr", terms);
        Assert.Contains("p:kmr_sd", terms);
        Assert.Contains("i:123456", terms);
    }

    [Fact]
    public async Task Candidates_are_one_read_with_each_key_an_escaped_term_and_its_weight_bounded_per_key_and_in_all()
    {
        _runner.Respond = (statement, _) => statement == MatchStatements.Candidates
            ? FakeCypherRunner.Result(["ids", "counts"], [new List<object?> { "p1", "p2" }, new List<object?> { new Dictionary<string, object?> { ["key"] = "t:kmr", ["count"] = 2L } }])
            : null;

        var found = await Store().FindMatchCandidatesAsync(Query("Sadio Camara", limit: 7));

        Assert.Equal(["p1", "p2"], found.EntityIds);
        Assert.Equal(2, found.KeyCounts["t:kmr"]);
        var issued = Assert.Single(_runner.Issued);
        Assert.Same(MatchStatements.Candidates, issued.Statement);
        Assert.Null(issued.Transaction);
        var keys = issued.Rows("keys");
        // Lucene's syntax gives ':' a meaning, so the terms arrive escaped.
        Assert.Equal(["p\\:kmr_sd", "t\\:kmr", "t\\:sd", "t\\:sdkmr"], keys.Select(k => (string)k["term"]!).Order(StringComparer.Ordinal));
        Assert.Contains(keys, k => (string)k["term"]! == "p\\:kmr_sd" && (long)k["weight"]! == MatchKeys.PairWeight);
        Assert.Equal((long)MatchCandidateQuery.PerKeyLimit, issued.Parameters["perKey"]);
        Assert.Equal(7L, issued.Parameters["limit"]);
    }

    [Fact]
    public async Task No_more_keys_than_the_bound_are_sent_and_no_keys_or_a_cancelled_token_ask_nothing()
    {
        var many = Enumerable.Range(0, MatchCandidateQuery.MaxKeys + 10).Select(i => new MatchKey($"t:k{i}", 1)).ToList();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Store().FindMatchCandidatesAsync(new MatchCandidateQuery(many, 10));
        Assert.Empty((await Store().FindMatchCandidatesAsync(new MatchCandidateQuery([], 10))).EntityIds);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store().FindMatchCandidatesAsync(Query("Sadio Camara"), cancelled.Token));

        Assert.Equal(MatchCandidateQuery.MaxKeys, Assert.Single(_runner.Issued).Rows("keys").Count);
    }

    [Fact]
    public void The_statements_query_the_whitespace_index_with_a_limit_per_key_and_rank_by_summed_weight_then_insertion()
    {
        Assert.Contains(MatchStatements.CreateIndex, SchemaStatements.Definitions);
        Assert.Contains("ON EACH [n.matchKeyText]", MatchStatements.CreateIndex.Text, StringComparison.Ordinal);
        Assert.Contains("`fulltext.analyzer`: 'whitespace'", MatchStatements.CreateIndex.Text, StringComparison.Ordinal);
        var text = MatchStatements.Candidates.Text;
        Assert.Contains("queryNodes('entity_match_keys', key.term, {limit: $perKey})", text, StringComparison.Ordinal);
        Assert.Contains("sum(f.weight / log(2.0 + size(f.nodes))) AS weight", text, StringComparison.Ordinal);
        Assert.Contains("ORDER BY weight DESC, node.seq ASC", text, StringComparison.Ordinal);
        Assert.Contains("size(f.nodes)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_up_under_other_rules_sets_every_entity_s_keys_window_by_window_then_records_the_version_and_moves_the_stamp()
    {
        var camara = Some.Person("p1", "Sadio Camara", "CAMARA, Sadio");
        var goita = Some.Person("p2", "Assimi Goïta");
        _runner.Respond = (statement, parameters) =>
            statement == MatchStatements.Version ? FakeCypherRunner.Result(["version"], [(long)MatchKeys.Version - 1])
            : statement != MatchStatements.Window ? null
            : (long)parameters["after"]! switch
            {
                long.MinValue => FakeCypherRunner.Result(["entity"], [Rows.Entity(camara, seq: 4)]),
                4L => FakeCypherRunner.Result(["entity"], [Rows.Entity(goita, seq: 9)]),
                _ => FakeCypherRunner.Result(["entity"]),
            };
        var store = Store(window: 1);
        var before = await store.GetChangeStampAsync();

        await store.InitializeAsync();

        Assert.Equal(["Match.Version", "Match.Window", "Match.SetKeys", "Match.Window", "Match.SetKeys", "Match.Window", "Match.Built"],
            _runner.Names.SkipWhile(n => n != "Match.Version"));
        Assert.All(_runner.Issued.Where(i => i.Statement == MatchStatements.Window), i => Assert.Equal(1L, i.Parameters["limit"]));
        var first = Assert.Single(_runner.Issued.First(i => i.Statement == MatchStatements.SetKeys).Rows());
        Assert.Equal("p1", first["id"]);
        Assert.Equal(GraphModel.Node(camara).Properties["matchKeyText"], first["text"]);
        // What the keys were made from, as the node held it, so that an entity rewritten meanwhile is left alone.
        Assert.Equal("Person", first["kind"]);
        Assert.Equal("Sadio Camara", first["name"]);
        Assert.Equal(["CAMARA, Sadio"], ((IEnumerable<object?>)first["aliases"]!).Cast<string>());
        Assert.Equal((long)MatchKeys.Version, _runner.Issued.Single(i => i.Statement == MatchStatements.Built).Parameters["version"]);
        Assert.NotEqual(before, await store.GetChangeStampAsync());
    }

    [Fact]
    public async Task Start_up_with_keys_of_this_build_s_rules_only_reads_their_version()
    {
        await Store().InitializeAsync();

        Assert.Equal("Match.Version", _runner.Names.Last());
        Assert.DoesNotContain(_runner.Issued, i => i.Statement == MatchStatements.Window || i.Statement == MatchStatements.Built);
    }

    [Fact]
    public async Task An_answer_of_the_query_api_decodes_to_candidate_ids_and_key_counts_and_the_keys_travel_as_typed_maps()
    {
        _server.Reply("""
            {
              "data": {
                "fields": ["ids", "counts"],
                "values": [[
                  {"$type": "List", "_value": [{"$type": "String", "_value": "sadio-camara"}, {"$type": "String", "_value": "ibraima-camara"}]},
                  {"$type": "List", "_value": [
                    {"$type": "Map", "_value": {"key": {"$type": "String", "_value": "t:kmr"}, "count": {"$type": "Integer", "_value": "2"}}},
                    {"$type": "Map", "_value": {"key": {"$type": "String", "_value": "t:sd"}, "count": {"$type": "Integer", "_value": "1"}}}
                  ]}
                ]]
              },
              "bookmarks": []
            }
            """);
        var store = new Neo4jGraphStore(_server.Client());

        var found = await store.FindMatchCandidatesAsync(Query("Sadio Camara"));

        Assert.Equal(["sadio-camara", "ibraima-camara"], found.EntityIds);
        Assert.Equal(2, found.KeyCounts["t:kmr"]);
        Assert.Equal(1, found.KeyCounts["t:sd"]);
        var parameters = Assert.Single(_server.Requests).Json.GetProperty("parameters");
        var keys = parameters.GetProperty("keys");
        Assert.Equal("List", keys.GetProperty("$type").GetString());
        var key = keys.GetProperty("_value")[0];
        Assert.Equal("Map", key.GetProperty("$type").GetString());
        Assert.Equal("Integer", key.GetProperty("_value").GetProperty("weight").GetProperty("$type").GetString());
        Assert.Equal(MatchCandidateQuery.PerKeyLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            parameters.GetProperty("perKey").GetProperty("_value").ToString());
    }
}
