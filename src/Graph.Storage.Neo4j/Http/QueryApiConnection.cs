using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Graph.Storage.Neo4j.Http;

/// <summary>
/// One HTTP exchange with the Query API: the request with its credentials, media types and cluster affinity,
/// then the answer read into a <see cref="QueryApiResponse"/> or a <see cref="Neo4jException"/>. The
/// <c>errors</c> array is read whatever the status, since the Query API answers 202 even when a statement failed.
/// </summary>
internal sealed class QueryApiConnection
{
    /// <summary>The header naming the cluster member that holds an explicit transaction.</summary>
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private const int BodyStartLength = 300;
    private static readonly MediaTypeWithQualityHeaderValue AcceptTyped = new(RequestBody.TypedJson);
    private static readonly MediaTypeWithQualityHeaderValue AcceptPlain = new("application/json", 0.5);

    private readonly HttpClient _http;
    private readonly string _root;
    private readonly string _queryPath;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    public QueryApiConnection(HttpClient http, Neo4jStoreOptions options, ILogger logger, TimeProvider time)
    {
        _http = http;
        _root = options.Uri!.ToString().TrimEnd('/');
        _queryPath = $"/db/{Uri.EscapeDataString(options.Database)}/query/v2";
        _authorization = options.User.Length == 0 ? null
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        _logger = logger;
        _time = time;
        Errors = new Neo4jErrors(options);
    }

    public Neo4jErrors Errors { get; }

    /// <summary>Sends a request to <c>/db/{database}/query/v2{path}</c>; a null body sends none.</summary>
    public async Task<QueryApiResponse> SendAsync(HttpMethod method, string path, byte[]? body, string? affinity,
        RequestContext context, CancellationToken cancellationToken)
    {
        var fullPath = _queryPath + path;
        using var request = new HttpRequestMessage(method, _root + fullPath);
        request.Headers.Authorization = _authorization;
        request.Headers.Accept.Add(AcceptTyped);
        request.Headers.Accept.Add(AcceptPlain);
        if (affinity is not null)
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(RequestBody.TypedJson);
        }
        else if (method == HttpMethod.Post)
        {
            request.Content = new ByteArrayContent([]);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        var started = _time.GetTimestamp();
        var (status, reason, answer, bytes) = await ExchangeAsync(request, context, cancellationToken);
        _logger.LogDebug("Neo4j {Method} {Path}{Context} answered {Status} in {ElapsedMs} ms",
            method, fullPath, context.ToString(), status, (long)_time.GetElapsedTime(started).TotalMilliseconds);

        JsonDocument? document = null;
        try
        {
            document = bytes.Length == 0 ? null : JsonDocument.Parse(bytes);
        }
        catch (JsonException)
        {
            // Not JSON: a proxy's page, a servlet error; reported below with the status and the body's start.
        }
        using (document)
        {
            if (document is not null && QueryApiResponse.FirstError(document.RootElement) is { } error)
                throw Errors.FromServer(error.Code, error.Message, (int)status, context);
            if ((int)status is < 200 or > 299)
                throw Errors.FromStatus(status, reason, BodyStart(bytes), fullPath, context);
            if (document is null)
            {
                return bytes.Length == 0
                    ? QueryApiResponse.Empty(answer.Affinity, answer.Date)
                    : throw Errors.Unreadable((int)status, BodyStart(bytes), null, context);
            }
            try
            {
                return QueryApiResponse.Read(document.RootElement, answer.Affinity, answer.Date);
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
            {
                throw Errors.Unreadable((int)status, BodyStart(bytes), e, context);
            }
        }
    }

    /// <summary>Reads the discovery document at the server's root; null when there is none (Aura) or it is not JSON.</summary>
    public async Task<(string? Version, string? Edition)> DiscoverAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _root + "/");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var (status, _, _, bytes) = await ExchangeAsync(request, new RequestContext("discovery"), cancellationToken);
        if ((int)status is < 200 or > 299)
            return (null, null);
        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            return root.ValueKind != JsonValueKind.Object ? (null, null) : (Text(root, "neo4j_version"), Text(root, "neo4j_edition"));
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private async Task<(System.Net.HttpStatusCode Status, string? Reason, (string? Affinity, DateTimeOffset? Date) Headers, byte[] Body)> ExchangeAsync(
        HttpRequestMessage request, RequestContext context, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var affinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return (response.StatusCode, response.ReasonPhrase, (affinity, response.Headers.Date), bytes);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException timeout)
        {
            throw Errors.Unreachable(new TimeoutException($"no answer within {_http.Timeout.TotalSeconds:0.#} s", timeout), context);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw Errors.Unreachable(e, context);
        }
    }

    private static string BodyStart(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, BodyStartLength * 4)).Trim();
        text = string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= BodyStartLength ? text : text[..BodyStartLength] + "…";
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
