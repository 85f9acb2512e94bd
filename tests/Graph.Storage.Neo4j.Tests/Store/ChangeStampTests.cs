using Graph.Domain.Store;
using Graph.Storage.Contract;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Storage.Neo4j.Tests.Store;

public sealed class ChangeStampTests
{
    private readonly FakeCypherRunner _runner = new();
    private readonly ManualTime _time = new();
    private long _stored = 5;

    public ChangeStampTests() =>
        _runner.Respond = (statement, _) => statement == StoreStatements.ChangeStamp ? FakeCypherRunner.Result(["stamp"], [_stored]) : null;

    private int Reads => _runner.Issued.Count(i => i.Statement == StoreStatements.ChangeStamp);

    [Fact]
    public async Task The_stamp_is_read_at_most_every_quarter_second()
    {
        var store = new Neo4jGraphStore(_runner, time: _time);

        var first = await store.GetChangeStampAsync();
        _stored = 6;
        var cached = await store.GetChangeStampAsync();
        _time.Advance(TimeSpan.FromMilliseconds(250));
        var fresh = await store.GetChangeStampAsync();

        Assert.Equal(first, cached);
        Assert.NotEqual(first, fresh);
        Assert.Equal(2, Reads);
    }

    [Fact]
    public async Task A_write_through_this_store_moves_the_stamp_at_once()
    {
        var store = new Neo4jGraphStore(_runner, time: _time);
        var before = await store.GetChangeStampAsync();

        await store.WriteAsync(new GraphBatch([Some.Person("p1", "A")], [], []));

        Assert.NotEqual(before, await store.GetChangeStampAsync());
        Assert.Equal(1, Reads);
    }

    private sealed class ManualTime : TimeProvider
    {
        private long _ticks = 1_000_000;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
