using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Graph.Api.Tests.Infrastructure;

/// <summary>Everything a response said, read whole: its status, every header and its body, parsed when it is JSON.</summary>
public sealed record HttpAnswer(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public static async Task<HttpAnswer> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.Concat<KeyValuePair<string, IEnumerable<string>>>(response.Content.Headers))
        {
            headers[name] = string.Join(", ", values);
        }
        return new HttpAnswer((int)response.StatusCode, headers, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    /// <summary>The body parsed as JSON, or null when it is empty or not JSON.</summary>
    public JsonNode? Json
    {
        get
        {
            try
            {
                return Body.Length == 0 ? null : JsonNode.Parse(Body);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    public string? Header(string name) => Headers.GetValueOrDefault(name);

    /// <summary>The media type of the body, without its parameters.</summary>
    public string? MediaType => Header("Content-Type") is { } type ? MediaTypeHeaderValue.Parse(type).MediaType : null;

    /// <summary>The first GraphQL error, or null when there is none.</summary>
    public JsonNode? FirstError => Json?["errors"] is JsonArray { Count: > 0 } errors ? errors[0] : null;

    /// <summary>The <c>extensions.code</c> of every GraphQL error.</summary>
    public IReadOnlyList<string> ErrorCodes =>
        Json?["errors"] is JsonArray errors
            ? [.. errors.Select(e => e?["extensions"]?["code"]?.GetValue<string>() ?? "(no code)")]
            : [];

    /// <summary>What a failed assertion should show: the status and the start of the body.</summary>
    public override string ToString() => $"HTTP {Status}: {(Body.Length > 600 ? Body[..600] + "…" : Body)}";
}
