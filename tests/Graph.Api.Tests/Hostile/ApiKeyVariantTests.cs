using System.Text;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Hostile;

/// <summary>What held, and must keep holding: every variant of a key that is not exactly a configured key is refused, and writes nothing.</summary>
public sealed class ApiKeyVariantTests : IDisposable
{
    private const string Key = "variant-test-key-0123456789";
    private const string Ftm = """{"id":"variant-person","schema":"Person","properties":{"name":["Variant Person"]}}""";
    private readonly GraphApp _app = new(new() { ["Auth:ApiKeys:0"] = Key, ["Auth:ApiKeys:1"] = "" });

    public static TheoryData<string, string> Variants => new()
    {
        { "Authorization", "Bearer" },
        { "Authorization", "Bearer " },
        { "Authorization", "Bearer " + Key + "x" },
        { "Authorization", "Bearer " + Key[..^1] },
        { "Authorization", "Bearer " + Key.ToUpperInvariant() },
        { "Authorization", "Bearer " + Key.Replace('0', 'O') },
        { "Authorization", Key },
        { "Authorization", "Token " + Key },
        { "Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("writer:" + Key)) },
        { "Authorization", "Bearer wrong-key, Bearer " + Key },
        { "Authorization", "Bearer \"" + Key + "\"" },
        { "X-Api-Key", Key },
        { "Cookie", "key=" + Key },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task The_upload_endpoint_refuses_a_key_that_is_not_exactly_a_configured_one(string header, string value)
    {
        using var client = _app.Client();
        var request = new HttpRequestMessage(HttpMethod.Post, "/imports?format=ftm&key=" + Key + "&api_key=" + Key) { Content = new StringContent(Ftm) };
        Assert.True(request.Headers.TryAddWithoutValidation(header, value));

        var answer = await client.AnswerAsync(request);

        Assert.True(answer.Status == 401, $"expected 401, got {answer}");
        Assert.Null((await client.Data("""{ entity(id: "variant-person") { id } }"""))["entity"]);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task The_import_mutation_refuses_a_key_that_is_not_exactly_a_configured_one(string header, string value)
    {
        using var client = _app.Client();
        client.DefaultRequestHeaders.TryAddWithoutValidation(header, value);

        var answer = await client.PostGraphQLAsync(
            "mutation($content: String!) { importDesignations(format: FTM, content: $content) { succeeded } }", new { content = Ftm });

        Refusals.AssertCode(answer, "UNAUTHENTICATED");
        Assert.Null((await client.Data("""{ entity(id: "variant-person") { id } }"""))["entity"]);
    }

    public void Dispose() => _app.Dispose();
}
