using System.Net;
using System.Text;
using System.Text.Json;
using Graph.Storage.Neo4j.Http;

namespace Graph.Storage.Neo4j.Tests.Http;

/// <summary>A request the fake server received, with its body as text.</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? ContentType, string? Body)
{
    public string Path => Uri.AbsolutePath;

    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;

    public JsonElement Json => JsonDocument.Parse(Body ?? throw new InvalidOperationException("The request had no body.")).RootElement;
}

/// <summary>
/// Stands in for a Neo4j server: records every request and answers with the replies queued, in order. A request
/// with no reply queued fails the test.
/// </summary>
internal sealed class FakeQueryApi : HttpMessageHandler
{
    private readonly Queue<Func<HttpResponseMessage>> _replies = new();

    public List<RecordedRequest> Requests { get; } = [];

    public FakeQueryApi Reply(string body, HttpStatusCode status = HttpStatusCode.Accepted,
        string contentType = "application/vnd.neo4j.query", params (string Name, string Value)[] headers)
    {
        _replies.Enqueue(() =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8) };
            response.Content.Headers.ContentType = new(contentType);
            foreach (var (name, value) in headers)
                response.Headers.TryAddWithoutValidation(name, value);
            return response;
        });
        return this;
    }

    public FakeQueryApi Fail(Exception failure)
    {
        _replies.Enqueue(() => throw failure);
        return this;
    }

    public QueryApiClient Client(RetryPolicy? retry = null, TimeProvider? time = null, Neo4jStoreOptions? options = null) =>
#pragma warning disable CA2000 // The client lives as long as the test; the handler is disposed with the fake.
        new(new HttpClient(this, disposeHandler: false), options ?? Some.Options(), null, retry ?? Some.FastRetries, time);
#pragma warning restore CA2000

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(", ", h.Value));
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new RecordedRequest(request.Method, request.RequestUri!, headers, request.Content?.Headers.ContentType?.ToString(), body));
        cancellationToken.ThrowIfCancellationRequested();
        if (_replies.Count == 0)
            throw new InvalidOperationException($"The fake Neo4j has no reply for {request.Method} {request.RequestUri}.");
        return _replies.Dequeue()();
    }
}
