using Graph.GraphQL.Execution;

namespace Graph.Api.Tests.GraphQL;

public sealed class ByteBoundedCacheTests
{
    [Fact]
    public void The_entries_never_hold_more_bytes_than_the_capacity()
    {
        var cache = new ByteBoundedCache<int>(64 * 1024);

        for (var i = 0; i < 10_000; i++) cache.Set($"key {i}", i, valueBytes: 1_000);

        Assert.InRange(cache.Bytes, 1, cache.CapacityBytes);
        Assert.InRange(cache.Count, 1, 64);
        Assert.True(cache.TryGet("key 9999", out var newest));
        Assert.Equal(9999, newest);
        Assert.False(cache.TryGet("key 0", out _));
    }

    [Fact]
    public void The_least_recently_used_entry_goes_first()
    {
        var cache = new ByteBoundedCache<string>(3 * (128 + 2 + 100));
        cache.Set("a", "A", 100);
        cache.Set("b", "B", 100);
        cache.Set("c", "C", 100);

        Assert.True(cache.TryGet("a", out _));
        cache.Set("d", "D", 100);

        Assert.True(cache.TryGet("a", out _));
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));
        Assert.True(cache.TryGet("d", out _));
    }

    [Fact]
    public void A_value_larger_than_the_whole_cache_is_not_kept_and_replaces_nothing_else()
    {
        var cache = new ByteBoundedCache<string>(10_000);
        cache.Set("small", "s", 10);

        cache.Set("huge", "h", 1_000_000);

        Assert.False(cache.TryGet("huge", out _));
        Assert.True(cache.TryGet("small", out _));
    }

    [Fact]
    public void Replacing_a_key_charges_only_its_new_size()
    {
        var cache = new ByteBoundedCache<string>(100_000);
        cache.Set("k", "first", 5_000);

        cache.Set("k", "second", 10);

        Assert.Equal(1, cache.Count);
        Assert.Equal(128 + 2 + 10, cache.Bytes);
        Assert.True(cache.TryGet("k", out var value));
        Assert.Equal("second", value);
    }
}
