using System.Net.Http.Headers;
using System.Text;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Hostile;

/// <summary>
/// Issue 8, item 13, and what held: no answer shows a path of the machine (the store folder, the upload folder) or a
/// stack trace, whatever was sent to provoke it.
/// </summary>
public sealed class DisclosureTests : IDisposable
{
    private const string Key = "disclosure-test-key-0123456789";
    private readonly GraphApp _app = new(new() { ["Auth:ApiKeys:0"] = Key });

    private string StoreFolder => Path.GetDirectoryName(_app.DatabasePath)!;

    [Theory]
    [InlineData("/health")]
    [InlineData("/health/ready")]
    public async Task Health_says_which_store_answers_without_showing_where_it_lives(string path)
    {
        using var client = _app.Client();

        var answer = await client.GetAnswerAsync(path);

        Assert.True(answer.Status == 200, $"expected 200, got {answer}");
        Refusals.AssertDisclosesNothing(answer, StoreFolder, _app.DatabasePath);
    }

    public static TheoryData<string, string, string?> BadRequests => new()
    {
        { "POST", "/graphql", "{ \"query\": " },
        { "POST", "/graphql", "{ \"query\": \"{ entity(id: 42 }\" }" },
        { "POST", "/graphql", "{ \"query\": \"{ nosuchfield }\" }" },
        { "POST", "/graphql", "{ \"query\": \"query($n: Int!) { entities(first: $n) { totalCount } }\", \"variables\": { \"n\": \"many\" } }" },
        { "POST", "/graphql", "{ \"query\": \"{ entities(first: 100000) { totalCount } }\" }" },
        { "POST", "/graphql", "{ \"query\": \"{ entities(first: 2, after: \\\"bogus\\\") { totalCount } }\" }" },
        { "POST", "/graphql", "{ \"query\": \"mutation { importDesignations(format: SEED, content: \\\"a: [\\\") { succeeded } }\" }" },
        { "GET", "/graphql?query=mutation%20%7B%20x%20%7D", null },
        { "GET", "/graphql?query=%7B&variables=%5B", null },
        { "GET", "/no-such-page", null },
        { "DELETE", "/graphql", null },
        { "POST", "/imports?format=ftm", "{\"id\":\"x\"}" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_bad_request_is_answered_without_a_stack_trace_or_a_path(string method, string path, string? body)
    {
        using var client = _app.Client();
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");

        var answer = await client.AnswerAsync(request);

        Assert.True(answer.Status is >= 200 and < 500, $"expected an answer, not a server error: {answer}");
        Refusals.AssertDisclosesNothing(answer, StoreFolder);
    }

    [Theory]
    [InlineData("seed", "upload.yaml", "entities: [ { id: broken")]
    [InlineData("seed", "upload.yaml", "- just\n- a list\n")]
    [InlineData("ftm", "upload.ftm.json", "{ not json\n")]
    [InlineData("ftm", "upload.ftm.json", "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"]}}\n{\"id\":")]
    [InlineData("ofac-csv", "sdn.csv", "not,an,sdn\n\"unterminated")]
    [InlineData("ofac-csv", "add.csv", "1,2,3\n")]
    public async Task A_rejected_upload_names_the_file_it_was_given_not_where_the_service_saved_it(string format, string fileName, string content)
    {
        using var client = _app.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        using var form = new MultipartFormDataContent { { new StringContent(content), "files", fileName } };

        var answer = await client.AnswerAsync(new HttpRequestMessage(HttpMethod.Post, $"/imports?format={format}&published=2024-01-02") { Content = form });

        Assert.True(answer.Status is 400 or 422, $"expected the upload to be rejected with a 4xx, got {answer}");
        Assert.True(answer.Json?["error"] is not null || answer.Json?["rejected"] is not null, $"expected a JSON report or error, got {answer}");
        Refusals.AssertDisclosesNothing(answer, StoreFolder);
    }

    public void Dispose() => _app.Dispose();
}
