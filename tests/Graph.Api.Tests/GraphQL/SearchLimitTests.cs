using Graph.Api.Tests.Infrastructure;
using Graph.Domain.Store;

namespace Graph.Api.Tests.GraphQL;

/// <summary>A search's work grows with its words, so its text and its distinct words are bounded.</summary>
public sealed class SearchLimitTests : IDisposable
{
    private readonly GraphApp _app = new();
    private readonly HttpClient _client;

    public SearchLimitTests() => _client = _app.Client();

    [Fact]
    public async Task A_search_text_longer_than_the_limit_is_bad_user_input()
    {
        var (_, body) = await Search(new string('a', SearchQuery.MaxTextLength + 1));

        Assert.Equal("BAD_USER_INPUT", body.OnlyErrorCode());
        Assert.Contains($"{SearchQuery.MaxTextLength}", body["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_search_of_more_distinct_words_than_the_limit_is_bad_user_input()
    {
        var words = string.Join(' ', Enumerable.Range(0, SearchQuery.MaxWords + 1).Select(i => $"w{i}"));

        var (_, body) = await Search(words);

        Assert.Equal("BAD_USER_INPUT", body.OnlyErrorCode());
        Assert.Contains($"{SearchQuery.MaxWords}", body["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Repeated_words_and_their_spellings_count_once()
    {
        var repeated = string.Join(' ', Enumerable.Range(0, 30).Select(i => i % 2 == 0 ? "Camara" : "CAMARA,"));

        var (_, body) = await Search(repeated);

        Assert.True(body["errors"] is null, body.ToJsonString());
        Assert.Contains(body["data"]!["search"]!.AsArray(), hit => hit!["entity"]!["id"]!.GetValue<string>() == "sadio-camara");
    }

    private Task<(System.Net.HttpStatusCode, System.Text.Json.Nodes.JsonNode)> Search(string text) =>
        _client.SendAsync("query($q: String!) { search(query: $q) { entity { id } } }", new { q = text });

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }
}
