using System.Net;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Lookups.Api;

/// <summary>What a news site's traffic spike meets: strong ETags that move only with the answer, 304s, Cache-Control and CORS.</summary>
public sealed class LookupCachingTests : IDisposable
{
    private const string Origin = "https://news.example";
    private readonly GraphApp _app = new();
    private readonly HttpClient _client;

    public LookupCachingTests() => _client = _app.Client();

    [Theory]
    [InlineData("/api/entities/sadio-camara")]
    [InlineData("/api/search?q=camara")]
    public async Task The_same_answer_twice_has_the_same_strong_ETag_and_If_None_Match_gets_a_304_without_a_body(string path)
    {
        var first = await LookupHttp.SendAsync(_client, path);
        var second = await LookupHttp.SendAsync(_client, path);
        var revalidated = await LookupHttp.SendAsync(_client, path, null, ("If-None-Match", first.ETag!));
        var weak = await LookupHttp.SendAsync(_client, path, null, ("If-None-Match", "\"other\", W/" + first.ETag));
        var stale = await LookupHttp.SendAsync(_client, path, null, ("If-None-Match", "\"something-else\""));

        Assert.Matches("^\"[A-Za-z0-9_-]{22}\"$", first.ETag);
        Assert.Equal(first.ETag, second.ETag);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.Status);
        Assert.Equal("", revalidated.Text);
        Assert.Equal(first.ETag, revalidated.ETag);
        Assert.Equal(HttpStatusCode.NotModified, weak.Status);
        Assert.Equal(HttpStatusCode.OK, stale.Status);
    }

    [Fact]
    public async Task A_write_that_changes_the_entity_changes_the_ETag_and_one_that_does_not_keeps_it()
    {
        var store = _app.Services.GetRequiredService<IGraphStore>();
        var before = await LookupHttp.SendAsync(_client, "/api/entities/sadio-camara");

        await store.WriteAsync(new GraphBatch([new Entity("someone-unrelated", EntityKind.Person, "Someone Unrelated")], [], []));
        var afterUnrelated = await LookupHttp.SendAsync(_client, "/api/entities/sadio-camara");
        var camara = (await store.GetEntitiesAsync(["sadio-camara"]))["sadio-camara"];
        await store.WriteAsync(new GraphBatch([camara with { Aliases = ["Colonel Sadio Camara"] }], [], []));
        var afterChange = await LookupHttp.SendAsync(_client, "/api/entities/sadio-camara", null, ("If-None-Match", before.ETag!));

        Assert.Equal(before.ETag, afterUnrelated.ETag);
        Assert.Equal(HttpStatusCode.OK, afterChange.Status);
        Assert.NotEqual(before.ETag, afterChange.ETag);
        Assert.Equal("""["Colonel Sadio Camara"]""", afterChange.Json["entity"]!["aliases"]!.ToJsonString());
    }

    [Fact]
    public async Task Current_answers_may_be_kept_a_minute_and_pinned_ones_an_hour_by_shared_caches()
    {
        var current = await LookupHttp.SendAsync(_client, "/api/entities/sadio-camara");
        var pinned = await LookupHttp.SendAsync(_client, "/api/entities/sadio-camara?asOf=2023-07-24");
        var search = await LookupHttp.SendAsync(_client, "/api/search?q=camara&asOf=2023-07-24");

        Assert.Equal("public, max-age=60, stale-while-revalidate=600, stale-if-error=86400", current.Header("Cache-Control"));
        Assert.Equal("public, max-age=3600, stale-while-revalidate=86400, stale-if-error=86400", pinned.Header("Cache-Control"));
        Assert.Equal(pinned.Header("Cache-Control"), search.Header("Cache-Control"));
        Assert.NotEqual(current.ETag, pinned.ETag);
    }

    [Theory]
    [InlineData("/api/entities/sadio-camara")]
    [InlineData("/api/search?q=camara")]
    [InlineData("/api/entities/nobody-at-all")]
    [InlineData("/api/search?kind=DOG&q=camara")]
    public async Task Any_origin_may_read_a_lookup_and_its_ETag_without_credentials(string path)
    {
        var answer = await LookupHttp.SendAsync(_client, path, null, ("Origin", Origin));

        Assert.Equal("*", answer.Header("Access-Control-Allow-Origin"));
        Assert.Contains("ETag", answer.Header("Access-Control-Expose-Headers") ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.Null(answer.Header("Access-Control-Allow-Credentials"));
    }

    [Theory]
    [InlineData("/api/entities/sadio-camara")]
    [InlineData("/api/search?q=camara")]
    public async Task A_preflight_for_a_revalidating_GET_is_granted_to_any_origin(string path)
    {
        var preflight = await LookupHttp.SendAsync(_client, path, HttpMethod.Options,
            ("Origin", Origin), ("Access-Control-Request-Method", "GET"), ("Access-Control-Request-Headers", "if-none-match"));

        Assert.Equal(HttpStatusCode.NoContent, preflight.Status);
        Assert.Equal("*", preflight.Header("Access-Control-Allow-Origin"));
        Assert.Contains("GET", preflight.Header("Access-Control-Allow-Methods") ?? "", StringComparison.Ordinal);
        Assert.Contains("if-none-match", (preflight.Header("Access-Control-Allow-Headers") ?? "").ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_lookups_refuse_to_be_framed_and_are_not_sniffed()
    {
        var answer = await LookupHttp.SendAsync(_client, "/api/entities/sadio-camara");

        Assert.Equal("nosniff", answer.Header("X-Content-Type-Options"));
        Assert.Equal("frame-ancestors 'none'", answer.Header("Content-Security-Policy"));
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }
}
