using System.Text.RegularExpressions;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Contract;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Http;

namespace Graph.Storage.Neo4j.Tests.Store;

/// <summary>
/// The exact-name index: <c>(:EntityKey {key})-[:KEY_OF]->(:Entity)</c>, kept by entity writes in their transaction,
/// built at start-up where missing, sought by name look-ups and the authority filter, and out of sight of counts,
/// traversals and relationship reads.
/// </summary>
public sealed partial class KeyIndexTests
{
    /// <summary>The statements that may mention key nodes; no other statement may.</summary>
    private static readonly HashSet<string> KeyAware =
        ["Schema.EntityKey", "Keys.Rebuild", "Entities.FirstIdsByKeys", "Entities.IdsByKey", "Write.EntityKeys", "Write.DeleteEntities"];

    private readonly FakeCypherRunner _runner = new();

    private Neo4jGraphStore Store(int chunkSize = 2_000, int window = 10_000) =>
        new(_runner) { ChunkSize = chunkSize, KeyRebuildWindow = window, WriteRetryDelay = TimeSpan.Zero };

    private static CypherStatement Named(string name) => CypherCatalog.All.Single(s => s.Name == name);

    [Fact]
    public async Task Written_entities_have_their_keys_indexed_in_the_same_transaction_before_it_commits()
    {
        await Store(chunkSize: 2).WriteAsync(new GraphBatch(
            [Some.Person("p1", "A"), Some.Entity("ml", EntityKind.Country, "Mali"), Some.Person("p2", "B")], [], []));

        var transaction = Assert.Single(_runner.Transactions);
        Assert.True(transaction.Committed);
        Assert.All(_runner.Issued, issued => Assert.Equal(1, issued.Transaction));
        var names = _runner.Names.ToList();
        var keys = _runner.Issued.Where(i => i.Statement == WriteStatements.EntityKeys).ToList();
        Assert.Equal([["p1", "ml"], ["p2"]], keys.Select(i => i.Strings("ids")));
        // After every entity of every kind is written, so that each entity's keys are those it now has.
        Assert.True(names.IndexOf("Write.EntityKeys") > names.FindLastIndex(n => n.StartsWith("Write.Entities.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_rewrite_that_fails_transiently_rewrites_the_keys_again_in_the_retried_transaction()
    {
        _runner.Fail = (statement, transaction) => statement == WriteStatements.LinkSanctions && transaction == 1
            ? new Neo4jException("deadlock", "Neo.TransientError.Transaction.DeadlockDetected") { IsTransient = true }
            : null;

        await Store().WriteAsync(new GraphBatch([Some.Person("p1", "A")], [], []));

        Assert.Equal([1, 2], _runner.Issued.Where(i => i.Statement == WriteStatements.EntityKeys).Select(i => i.Transaction!.Value));
        Assert.True(_runner.Transactions[1].Committed);
    }

    [Fact]
    public void Keeping_an_entity_s_keys_unlinks_those_it_lost_drops_orphaned_key_nodes_then_merges_the_rest()
    {
        var text = WriteStatements.EntityKeys.Text;

        Assert.StartsWith("UNWIND $ids AS id\nMATCH (n:Entity {id: id})\n", text, StringComparison.Ordinal);
        var unlink = text.IndexOf("MATCH (k:EntityKey)-[old:KEY_OF]->(n) WHERE NOT k.key IN [key IN coalesce(n.keys, []) | left(key, 1000)]", StringComparison.Ordinal);
        var deleteLink = text.IndexOf("DELETE old", StringComparison.Ordinal);
        var orphan = text.IndexOf("WHERE NOT EXISTS { (k)-[:KEY_OF]->() }\n  DELETE k", StringComparison.Ordinal);
        var merge = text.IndexOf("MERGE (k:EntityKey {key: prefix})\n  MERGE (k)-[:KEY_OF]->(n)", StringComparison.Ordinal);
        Assert.True(unlink >= 0 && deleteLink > unlink && orphan > deleteLink && merge > orphan, text);
        // Both parts are unit subqueries: an entity without keys, or with nothing to unlink, still has the other part run.
        Assert.Equal(2, Regex.Count(text, @"CALL \(n\) \{"));
        Assert.DoesNotContain("RETURN", text, StringComparison.Ordinal);
        Assert.Contains("WITH DISTINCT left(key, 1000) AS prefix", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Deleting_entities_deletes_the_key_nodes_no_remaining_entity_carries_once_all_of_them_are_gone()
    {
        var text = WriteStatements.DeleteEntities.Text;

        var collect = text.IndexOf("OPTIONAL MATCH (k:EntityKey)-[:KEY_OF]->(n)\nWITH n, collect(k) AS keyNodes", StringComparison.Ordinal);
        var deleteEntity = text.IndexOf("DETACH DELETE n\n", StringComparison.Ordinal);
        var orphan = text.IndexOf("WITH DISTINCT k\nWHERE NOT EXISTS { (k)-[:KEY_OF]->() }\nDELETE k", StringComparison.Ordinal);
        Assert.True(collect >= 0 && deleteEntity > collect && orphan > deleteEntity, text);
        Assert.Contains("DETACH DELETE s", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_resolve_through_one_seek_of_the_key_index_per_name_never_a_scan_of_every_entity()
    {
        _runner.Respond = (statement, _) => statement == EntityStatements.FirstIdsByKeys
            ? FakeCypherRunner.Result(["key", "id"], ["mali", "ml"], ["a", "p1"])
            : null;

        var resolved = await Store().ResolveNamesAsync(["MALI", "a", "Mali", "nobody"]);

        Assert.Equal(new Dictionary<string, string> { ["MALI"] = "ml", ["a"] = "p1", ["Mali"] = "ml" }, resolved);
        var issued = Assert.Single(_runner.Issued);
        Assert.Same(EntityStatements.FirstIdsByKeys, issued.Statement);
        Assert.Equal(["mali", "a", "nobody"], issued.Strings("keys"));
        Assert.Contains("UNWIND $keys AS key\nCALL (key) {\n  MATCH (:EntityKey {key: left(key, 1000)})-[:KEY_OF]->(n:Entity)\n  WHERE key IN n.keys", issued.Statement.Text, StringComparison.Ordinal);
        Assert.Contains("ORDER BY n.seq\n  LIMIT 1", issued.Statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_longer_than_a_key_node_holds_is_sent_whole_and_matched_whole()
    {
        var name = new string('X', 1500);
        var key = new string('x', 1500);
        _runner.Respond = (statement, _) => statement == EntityStatements.FirstIdsByKeys ? FakeCypherRunner.Result(["key", "id"], [key, "long"]) : null;

        var resolved = await Store().ResolveNamesAsync([name]);

        Assert.Equal("long", resolved[name]);
        Assert.Equal([key], _runner.Issued.Single().Strings("keys"));
    }

    [Fact]
    public async Task No_statement_reads_the_keys_list_of_every_entity()
    {
        await Store().ResolveNamesAsync(["a"]);

        Assert.All(CypherCatalog.All, s => Assert.DoesNotContain("any(k IN n.keys", s.Text, StringComparison.Ordinal));
        Assert.All(CypherCatalog.All.Where(s => s.Text.Contains("n.keys", StringComparison.Ordinal)), s => Assert.Contains(s.Name, KeyAware));
    }

    [Fact]
    public async Task The_authority_filter_seeks_its_one_key_in_the_index_and_keeps_every_entity_it_names()
    {
        _runner.Respond = (statement, _) =>
            statement == EntityStatements.IdsByKey ? FakeCypherRunner.Result(["id"], ["ofac"], ["ofac-2"])
            : statement == SanctionStatements.Page || statement == SanctionStatements.ChangePage ? FakeCypherRunner.Result(["total", "items"], [0L, new List<object?>()])
            : null;

        await Store().ListSanctionsAsync(new SanctionFilter { Authority = " OFAC " }, new PageRequest(5, null));
        await Store().ListChangesAsync(new ChangeFilter(new DateOnly(2024, 1, 1)) { Authority = "Ofac" }, new PageRequest(5, null));

        Assert.Equal(["Entities.IdsByKey", "Sanctions.Page", "Entities.IdsByKey", "Sanctions.ChangePage"], _runner.Names);
        Assert.All(_runner.Issued.Where(i => i.Statement == EntityStatements.IdsByKey), i => Assert.Equal("ofac", i.Parameters["key"]));
        Assert.All(_runner.Issued.Where(i => i.Statement != EntityStatements.IdsByKey), i => Assert.Equal(["ofac", "ofac-2"], i.Strings("authorityIds")));
        Assert.StartsWith("MATCH (:EntityKey {key: left($key, 1000)})-[:KEY_OF]->(n:Entity)\nWHERE $key IN n.keys", EntityStatements.IdsByKey.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_key_index_is_unique_by_key_so_merges_and_look_ups_go_through_it()
    {
        var constraint = Assert.Single(SchemaStatements.Definitions, s => s.Text.Contains("EntityKey", StringComparison.Ordinal));

        Assert.Equal("CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (k:EntityKey) REQUIRE k.key IS UNIQUE", constraint.Text);
        Assert.Empty(constraint.Parameters);
    }

    [Fact]
    public async Task Start_up_checks_the_key_index_window_by_window_then_moves_the_stamp_when_it_built_any()
    {
        _runner.Respond = (statement, parameters) => statement != KeyStatements.Rebuild ? null : (long)parameters["after"]! switch
        {
            long.MinValue => FakeCypherRunner.Result(["last", "rebuilt"], [20L, 3L]),
            20L => FakeCypherRunner.Result(["last", "rebuilt"], [30L, 0L]),
            _ => FakeCypherRunner.Result(["last", "rebuilt"], [null, 0L]),
        };
        var store = Store(window: 10);
        var before = await store.GetChangeStampAsync();

        await store.InitializeAsync();

        var rebuilds = _runner.Issued.Where(i => i.Statement == KeyStatements.Rebuild).ToList();
        Assert.Equal([long.MinValue, 20L, 30L], rebuilds.Select(i => (long)i.Parameters["after"]!));
        Assert.All(rebuilds, i => Assert.Equal(10L, i.Parameters["limit"]));
        Assert.All(_runner.Issued, i => Assert.Null(i.Transaction));
        Assert.Equal(["Schema.AwaitIndexes", "Keys.Rebuild", "Keys.Rebuild", "Keys.Rebuild", "Keys.Rebuilt", "Match.Version"], _runner.Names.SkipWhile(n => n != "Schema.AwaitIndexes"));
        Assert.NotEqual(before, await store.GetChangeStampAsync());
    }

    [Fact]
    public async Task Start_up_on_an_indexed_graph_only_reads()
    {
        var store = Store();
        var before = await store.GetChangeStampAsync();

        await store.InitializeAsync();

        Assert.Equal(["Keys.Rebuild", "Match.Version"], _runner.Names.TakeLast(2));
        Assert.DoesNotContain(_runner.Issued, i => i.Statement == KeyStatements.Rebuilt);
        Assert.Equal(before, await store.GetChangeStampAsync());
    }

    [Fact]
    public async Task A_window_that_does_not_move_forward_ends_the_rebuild()
    {
        _runner.Respond = (statement, _) => statement == KeyStatements.Rebuild ? FakeCypherRunner.Result(["last", "rebuilt"], [5L, 0L]) : null;

        await Store().InitializeAsync();

        Assert.Equal([long.MinValue, 5L], _runner.Issued.Where(i => i.Statement == KeyStatements.Rebuild).Select(i => (long)i.Parameters["after"]!));
    }

    [Fact]
    public void The_rebuild_syncs_only_entities_whose_links_differ_from_their_keys_and_answers_where_its_window_ended()
    {
        var text = KeyStatements.Rebuild.Text;

        // The meta node's lock first, as writes take it, so that a window and another process's write take turns.
        Assert.StartsWith("CALL () {\n  MATCH (m:GraphMeta {id: 'graph'})\n  SET m.keyIndexLock = true\n  REMOVE m.keyIndexLock\n}\n", text, StringComparison.Ordinal);
        Assert.Contains("}\nMATCH (n:Entity) WHERE n.seq > $after\nWITH n ORDER BY n.seq LIMIT $limit\nWITH collect(n) AS window, max(n.seq) AS last\n", text, StringComparison.Ordinal);
        Assert.Contains("WHERE any(key IN wanted WHERE NOT key IN linked) OR any(key IN linked WHERE NOT key IN wanted)", text, StringComparison.Ordinal);
        Assert.Contains(KeyStatements.Indent(KeyStatements.Sync("n"), "  "), text, StringComparison.Ordinal);
        Assert.EndsWith("RETURN count(n) AS rebuilt\n}\nRETURN last, rebuilt", text, StringComparison.Ordinal);
        Assert.Equal("MATCH (m:GraphMeta {id: 'graph'}) SET m.stamp = m.stamp + 1", KeyStatements.Rebuilt.Text);
    }

    [Fact]
    public void Counts_traversals_and_relationship_reads_never_reach_key_nodes()
    {
        Assert.All(CypherCatalog.All.Where(s => !KeyAware.Contains(s.Name)), s =>
        {
            Assert.DoesNotContain(GraphModel.EntityKeyLabel, s.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(GraphModel.KeyOfType, s.Text, StringComparison.Ordinal);
        });
        Assert.All(CypherCatalog.All, s =>
        {
            // Every relationship pattern names its types, and no node pattern stands alone without a label.
            Assert.All(RelationshipPattern().Matches(s.Text), m => Assert.True(m.Groups["inner"].Value.Contains(':', StringComparison.Ordinal), $"{s.Name}: {m.Value}"));
            Assert.False(AnonymousArrow().IsMatch(s.Text), s.Name);
            Assert.False(UnlabelledNode().IsMatch(s.Text), s.Name);
        });
        Assert.DoesNotContain(GraphModel.KeyOfType, Projections.AllRelationshipTypes.Split('|'));
        var statistics = StoreStatements.Statistics.Text;
        Assert.Contains("MATCH (n:Entity) RETURN count(n) AS entities", statistics, StringComparison.Ordinal);
        Assert.Contains("MATCH (s:Sanction) RETURN count(s) AS sanctions", statistics, StringComparison.Ordinal);
        Assert.Equal(GraphModel.RelationshipTypes, CountedType().Matches(statistics).Select(m => m.Groups["type"].Value));
    }

    [GeneratedRegex(@"-\[(?<inner>[^\]]*)\]-")]
    private static partial Regex RelationshipPattern();

    [GeneratedRegex(@"\)\s*<?--+>?\s*\(")]
    private static partial Regex AnonymousArrow();

    [GeneratedRegex(@"MATCH\s+\(\s*\w*\s*(\{[^}]*\})?\s*\)(?!\s*<?-)")]
    private static partial Regex UnlabelledNode();

    [GeneratedRegex(@"MATCH \(\)-\[r:(?<type>\w+)\]->\(\) RETURN count\(r\)")]
    private static partial Regex CountedType();
}
