using System.Net;
using System.Text;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Matching;

/// <summary>Every matching route answers any origin, preflight included, as the reconciliation specification requires.</summary>
public sealed class MatchingCorsTests : IDisposable
{
    private const string Origin = "https://refine.example";
    private readonly GraphApp _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("GET", "/reconcile")]
    [InlineData("POST", "/reconcile")]
    [InlineData("GET", "/reconcile/suggest/entity?prefix=Sadio")]
    [InlineData("GET", "/reconcile/suggest/property?prefix=b")]
    [InlineData("GET", "/reconcile/suggest/type?prefix=P")]
    [InlineData("GET", "/reconcile/1.0")]
    [InlineData("POST", "/reconcile/1.0/match")]
    [InlineData("GET", "/reconcile/1.0/suggest/entity?prefix=Sadio")]
    [InlineData("GET", "/reconcile/1.0/suggest/property?prefix=b")]
    [InlineData("GET", "/reconcile/1.0/suggest/type?prefix=P")]
    [InlineData("GET", "/reconcile/1.0/preview?id=sadio-camara")]
    [InlineData("POST", "/match/default")]
    public async Task A_route_allows_any_origin_and_its_preflight_allows_JSON(string method, string path)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _app.BaseAddress };
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Add("Origin", Origin);
        if (method == "POST") request.Content = Body(path);
        var preflight = new HttpRequestMessage(HttpMethod.Options, path);
        preflight.Headers.Add("Origin", Origin);
        preflight.Headers.Add("Access-Control-Request-Method", method);
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");

        var answer = await MatchingHttp.SendAsync(client, request);
        var allowed = await MatchingHttp.SendAsync(client, preflight);

        Assert.Equal("*", answer.Header("Access-Control-Allow-Origin"));
        Assert.True(allowed.Status is HttpStatusCode.NoContent or HttpStatusCode.OK, allowed.Status.ToString());
        Assert.Equal("*", allowed.Header("Access-Control-Allow-Origin"));
        Assert.Contains(method, allowed.Header("Access-Control-Allow-Methods") ?? "", StringComparison.Ordinal);
        Assert.Contains("content-type", (allowed.Header("Access-Control-Allow-Headers") ?? "").ToLowerInvariant(), StringComparison.Ordinal);
    }

    private static HttpContent Body(string path) => path switch
    {
        "/match/default" => new StringContent(MatchingHttp.YenteBody(("q", "Person", """{"name": ["Sadio Camara"]}""")), Encoding.UTF8, "application/json"),
        "/reconcile/1.0/match" => new StringContent("""{"queries": [{"conditions": [{"matchType": "name", "propertyValue": "Sadio Camara"}]}]}""", Encoding.UTF8, "application/json"),
        _ => new FormUrlEncodedContent([KeyValuePair.Create("query", "Sadio Camara")]),
    };
}
