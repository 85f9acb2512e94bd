using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Contract;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Http;

namespace Graph.Storage.Neo4j.Tests.Store;

public sealed class WriteTests
{
    private readonly FakeCypherRunner _runner = new();

    private Neo4jGraphStore Store(int chunkSize = 2_000) =>
        new(_runner) { ChunkSize = chunkSize, WriteRetryDelay = TimeSpan.Zero };

    private static GraphBatch Batch(IEnumerable<Entity>? entities = null, IEnumerable<Sanction>? sanctions = null, IEnumerable<Relationship>? relationships = null) =>
        new([.. entities ?? []], [.. sanctions ?? []], [.. relationships ?? []]);

    private static Neo4jException Transient() => new("deadlock", "Neo.TransientError.Transaction.DeadlockDetected") { IsTransient = true };

    [Fact]
    public async Task A_batch_is_written_in_one_transaction_that_commits()
    {
        await Store().WriteAsync(Batch([Some.Person("p1", "A"), Some.Person("p2", "B")], [Some.Sanction("s1", "p1", "p2")], [Some.Tie("p1", "p2")]));

        var transaction = Assert.Single(_runner.Transactions);
        Assert.True(transaction.Committed);
        Assert.False(transaction.RolledBack);
        Assert.True(transaction.Disposed);
        Assert.All(_runner.Issued, issued => Assert.Equal(1, issued.Transaction));
        Assert.Equal(
            ["Write.Reserve", "Write.DeleteRelationships", "Write.Entities.Person", "Write.EntityKeys", "Write.LinkSanctions", "Write.Sanctions", "Write.Relationships.ASSOCIATE"],
            _runner.Names);
        Assert.Equal(4L, _runner.Issued[0].Parameters["count"]);
    }

    [Fact]
    public async Task Deletions_come_before_writes()
    {
        await Store().WriteAsync(Batch([Some.Person("p1", "A")]) with
        {
            DeletedEntityIds = ["e"],
            DeletedSanctionIds = ["s"],
            DeletedRelationshipIds = ["r"],
        });

        Assert.Equal(["Write.Reserve", "Write.DeleteRelationships", "Write.DeleteSanctions", "Write.DeleteEntities", "Write.Entities.Person", "Write.EntityKeys", "Write.LinkSanctions"], _runner.Names);
        Assert.Equal(["r"], _runner.Issued[1].Strings("ids"));
        Assert.Equal(["s"], _runner.Issued[2].Strings("ids"));
        Assert.Equal(["e"], _runner.Issued[3].Strings("ids"));
    }

    [Fact]
    public async Task Rows_go_in_chunks_of_the_chunk_size()
    {
        var people = Enumerable.Range(1, 5).Select(i => Some.Person($"p{i}", $"P {i}")).ToList();

        await Store(chunkSize: 2).WriteAsync(Batch(people, [Some.Sanction("s1", "p1", "p2"), Some.Sanction("s2", "p1", "p3"), Some.Sanction("s3", "p1", "p4")]));

        var entityChunks = _runner.Issued.Where(i => i.Name == "Write.Entities.Person").Select(i => i.Rows().Select(r => (string)r["id"]!)).ToList();
        Assert.Equal([["p1", "p2"], ["p3", "p4"], ["p5"]], entityChunks);
        Assert.Equal([2, 1], _runner.Issued.Where(i => i.Name == "Write.Sanctions").Select(i => i.Rows().Count));
        Assert.Equal([2, 2, 1], _runner.Issued.Where(i => i.Name == "Write.LinkSanctions").Select(i => i.Strings("ids").Count));
        Assert.Equal([["p1", "p2"], ["p3", "p4"], ["p5"]], _runner.Issued.Where(i => i.Name == "Write.EntityKeys").Select(i => i.Strings("ids")));
        Assert.Single(_runner.Transactions);
    }

    [Fact]
    public async Task Each_kind_goes_to_the_statement_that_sets_its_label_and_rows_carry_the_model()
    {
        var mali = Some.Entity("ml", EntityKind.Country, "Mali");

        await Store().WriteAsync(Batch([Some.Person("p1", "A"), mali]));

        var country = Assert.Single(_runner.Issued, i => i.Name == "Write.Entities.Country");
        Assert.Same(WriteStatements.EntitiesOfKind["Country"], country.Statement);
        Assert.Contains("SET n:Country", country.Statement.Text, StringComparison.Ordinal);
        Assert.Contains("REMOVE n:Person:", country.Statement.Text, StringComparison.Ordinal);
        var row = Assert.Single(country.Rows());
        Assert.Equal("ml", row["id"]);
        Assert.Equal(GraphModel.Node(mali).Properties, (IReadOnlyDictionary<string, object?>)row["properties"]!);
    }

    [Fact]
    public async Task New_records_take_reserved_sequence_numbers_in_batch_order_and_rewritten_relationships_keep_theirs()
    {
        _runner.Respond = (statement, _) => statement == WriteStatements.DeleteRelationships
            ? FakeCypherRunner.Result(["id", "seq"], ["a--associate--b", 7L])
            : null;

        await Store().WriteAsync(Batch(
            [Some.Person("a", "A"), Some.Person("b", "B")],
            [Some.Sanction("s1", "a", "b")],
            [Some.Tie("a", "b"), Some.Tie("b", "a")]));

        // Five records reserve 101..105 (the fake answers 100 + count as the last number).
        Assert.Equal([101L, 102L], _runner.Issued.Single(i => i.Name == "Write.Entities.Person").Rows().Select(r => (long)r["seq"]!));
        Assert.Equal([103L], _runner.Issued.Single(i => i.Name == "Write.Sanctions").Rows().Select(r => (long)r["seq"]!));
        Assert.Equal([7L, 105L], _runner.Issued.Single(i => i.Name == "Write.Relationships.ASSOCIATE").Rows().Select(r => (long)r["seq"]!));
        Assert.Equal(["a--associate--b", "b--associate--a"], _runner.Issued.Single(i => i.Name == "Write.DeleteRelationships").Strings("ids"));
    }

    [Fact]
    public async Task An_id_written_twice_in_a_batch_is_written_once_with_the_last_record()
    {
        await Store().WriteAsync(Batch([Some.Person("p1", "First"), Some.Person("p2", "B"), Some.Person("p1", "Last")]));

        var rows = _runner.Issued.Single(i => i.Name == "Write.Entities.Person").Rows();
        Assert.Equal(["p1", "p2"], rows.Select(r => (string)r["id"]!));
        Assert.Equal("Last", ((IReadOnlyDictionary<string, object?>)rows[0]["properties"]!)["name"]);
        Assert.Equal(2L, _runner.Issued[0].Parameters["count"]);
    }

    [Fact]
    public async Task A_failure_rolls_the_transaction_back_and_is_thrown()
    {
        _runner.Fail = (statement, _) => statement == WriteStatements.Sanctions ? new Neo4jException("constraint", "Neo.ClientError.Schema.ConstraintValidationFailed") : null;

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Store().WriteAsync(Batch([Some.Person("p1", "A")], [Some.Sanction("s1", "p1", "p1")])));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        var transaction = Assert.Single(_runner.Transactions);
        Assert.True(transaction.RolledBack);
        Assert.False(transaction.Committed);
    }

    [Fact]
    public async Task A_transient_failure_runs_the_whole_transaction_again()
    {
        _runner.Fail = (statement, transaction) => statement == WriteStatements.Sanctions && transaction == 1 ? Transient() : null;

        await Store().WriteAsync(Batch([Some.Person("p1", "A")], [Some.Sanction("s1", "p1", "p1")]));

        Assert.Equal(2, _runner.Transactions.Count);
        Assert.True(_runner.Transactions[0].RolledBack);
        Assert.False(_runner.Transactions[0].Committed);
        Assert.True(_runner.Transactions[1].Committed);
        Assert.Equal(
            _runner.Issued.Where(i => i.Transaction == 1).Select(i => i.Name),
            _runner.Issued.Where(i => i.Transaction == 2).Select(i => i.Name));
    }

    [Fact]
    public async Task Transient_failures_are_retried_a_few_times_then_thrown_as_a_busy_store()
    {
        _runner.Fail = (statement, _) => statement == WriteStatements.Reserve ? Transient() : null;

        var error = await Assert.ThrowsAsync<StoreBusyException>(() => Store().WriteAsync(Batch([Some.Person("p1", "A")])));

        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", Assert.IsType<Neo4jException>(error.InnerException).Code);

        Assert.Equal(4, _runner.Transactions.Count);
        Assert.All(_runner.Transactions, t => Assert.True(t.RolledBack && !t.Committed));
    }

    [Fact]
    public async Task A_relationship_between_entities_that_do_not_exist_rolls_everything_back()
    {
        _runner.Respond = (statement, _) => WriteStatements.RelationshipsOfType.Values.Contains(statement) ? FakeCypherRunner.Result(["id"]) : null;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Store().WriteAsync(Batch([Some.Person("a", "A")], relationships: [Some.Tie("a", "ghost")])));

        Assert.Contains("ghost", error.Message, StringComparison.Ordinal);
        Assert.True(Assert.Single(_runner.Transactions).RolledBack);
        Assert.False(_runner.Transactions[0].Committed);
    }

    [Fact]
    public async Task A_cancelled_write_opens_no_transaction()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store().WriteAsync(Batch([Some.Person("p1", "A")]), cancelled.Token));

        Assert.Empty(_runner.Transactions);
    }

    [Fact]
    public async Task An_unknown_relationship_type_is_refused_before_anything_is_sent()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store().WriteAsync(Batch(relationships: [Some.Tie("a", "b", "knows")])));

        Assert.Empty(_runner.Issued);
    }

    [Fact]
    public async Task An_empty_batch_sends_nothing()
    {
        await Store().WriteAsync(Batch());

        Assert.Empty(_runner.Issued);
    }
}
