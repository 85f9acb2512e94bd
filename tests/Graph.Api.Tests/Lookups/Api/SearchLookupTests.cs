using System.Net;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Lookups.Api;

/// <summary>GET /api/search: names found best first with a summary of their sanctions; every bad parameter a 400 naming it.</summary>
public sealed class SearchLookupTests : IDisposable
{
    private readonly GraphApp _app = new();
    private readonly HttpClient _client;

    public SearchLookupTests() => _client = _app.Client();

    [Fact]
    public async Task Sadio_Camara_is_found_first_with_his_OFAC_sanction_summarised_and_his_addresses()
    {
        var answer = await LookupHttp.SendAsync(_client, "/api/search?q=Sadio%20Camara");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var json = answer.Json;
        Assert.Equal("Sadio Camara", (string?)json["query"]);
        Assert.Equal("[]", json["kinds"]!.ToJsonString());
        Assert.Equal(10, (int)json["limit"]!);
        var first = json["results"]![0]!;
        Assert.Equal(1.0, (double)first["score"]!);
        var entity = first["entity"]!;
        Assert.Equal("sadio-camara", (string?)entity["id"]);
        Assert.Equal("PERSON", (string?)entity["kind"]);
        Assert.Equal("Sadio Camara", (string?)entity["name"]);
        Assert.Equal("""{"total":1,"inForce":1,"authorities":["Office of Foreign Assets Control"]}""", entity["sanctionSummary"]!.ToJsonString());
        var site = _app.BaseAddress.ToString().TrimEnd('/');
        Assert.Equal($$"""{"page":"{{site}}/entities/sadio-camara","api":"{{site}}/api/entities/sadio-camara"}""", entity["links"]!.ToJsonString());
        var scores = json["results"]!.AsArray().Select(r => (double)r!["score"]!).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public async Task Pinned_before_the_designation_the_summary_counts_no_sanction_and_the_links_keep_the_day()
    {
        var answer = await LookupHttp.SendAsync(_client, "/api/search?q=Sadio%20Camara&asOf=2023-07-23");

        var entity = answer.Json["results"]![0]!["entity"]!;
        Assert.Equal("2023-07-23", (string?)answer.Json["asOf"]);
        Assert.Equal("""{"total":0,"inForce":0,"authorities":[]}""", entity["sanctionSummary"]!.ToJsonString());
        Assert.EndsWith("/api/entities/sadio-camara?asOf=2023-07-23", (string?)entity["links"]!["api"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kind=PUBLIC_BODY")]
    [InlineData("kind=public_body")]
    [InlineData("kind=PUBLIC_BODY,COUNTRY")]
    [InlineData("kind=COUNTRY&kind=PUBLIC_BODY")]
    public async Task Kinds_are_GraphQL_enum_values_repeated_or_comma_separated(string kinds)
    {
        var answer = await LookupHttp.SendAsync(_client, "/api/search?q=mali&" + kinds);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var found = answer.Json["results"]!.AsArray().Select(r => (string)r!["entity"]!["kind"]!).Distinct().ToList();
        Assert.Contains("PUBLIC_BODY", found);
        Assert.All(found, kind => Assert.Contains(kind, new[] { "PUBLIC_BODY", "COUNTRY" }));
        Assert.Contains("PUBLIC_BODY", answer.Json["kinds"]!.AsArray().Select(k => (string?)k));
    }

    [Fact]
    public async Task The_limit_bounds_the_results()
    {
        var answer = await LookupHttp.SendAsync(_client, "/api/search?q=mali&limit=2");

        Assert.Equal(2, answer.Json["results"]!.AsArray().Count);
        Assert.Equal(2, (int)answer.Json["limit"]!);
    }

    [Theory]
    [InlineData("", "q:")]
    [InlineData("q=", "q:")]
    [InlineData("q=%20%20", "q:")]
    [InlineData("q=a&q=b", "q:")]
    [InlineData("q=mali&kind=DOG", "kind:")]
    [InlineData("q=mali&kind=PERSON,", "")]
    [InlineData("q=mali&limit=0", "limit:")]
    [InlineData("q=mali&limit=101", "limit:")]
    [InlineData("q=mali&limit=ten", "limit:")]
    [InlineData("q=mali&asOf=2023", "asOf:")]
    public async Task A_bad_parameter_is_a_400_BAD_USER_INPUT_that_names_it(string query, string parameter)
    {
        var answer = await LookupHttp.SendAsync(_client, "/api/search?" + query);

        if (parameter.Length == 0)
        {
            Assert.Equal(HttpStatusCode.OK, answer.Status); // a trailing comma names no kind, and is not an error
            return;
        }
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("BAD_USER_INPUT", (string?)answer.Json["error"]);
        Assert.StartsWith(parameter, (string?)answer.Json["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_longer_than_a_search_reads_or_with_too_many_words_is_refused()
    {
        var tooLong = await LookupHttp.SendAsync(_client, "/api/search?q=" + new string('a', 257));
        var tooManyWords = await LookupHttp.SendAsync(_client, "/api/search?q=" + string.Join("+", Enumerable.Range(0, 17).Select(i => $"w{i}")));

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.Status);
        Assert.Contains("at most 256 characters", (string?)tooLong.Json["message"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooManyWords.Status);
        Assert.Contains("at most 16 distinct words", (string?)tooManyWords.Json["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task HEAD_answers_the_headers_of_GET_without_a_body()
    {
        var head = await LookupHttp.SendAsync(_client, "/api/search?q=camara", HttpMethod.Head);

        Assert.Equal(HttpStatusCode.OK, head.Status);
        Assert.Equal("", head.Text);
        Assert.NotNull(head.ETag);
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }
}
