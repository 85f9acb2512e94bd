using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Imports;

/// <summary>Writes need an API key from Auth:ApiKeys; without one they are refused and change nothing. Reads stay public.</summary>
public sealed class WriteAccessTests : IDisposable
{
    private const string Key = "test-key-0123456789";
    private const string Ftm = """{"id":"t-person","schema":"Person","properties":{"name":["Test Person"]}}""";
    private readonly GraphApp _app = new(new() { ["Auth:ApiKeys:0"] = Key });

    private const string ImportMutation = """
        mutation($content: String!) { importDesignations(format: FTM, content: $content, published: "2024-01-02") {
          succeeded created entities { created } rejected { line field message } } }
        """;

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer wrong-key")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task A_mutation_without_a_valid_key_is_unauthenticated_and_changes_nothing(string? authorization)
    {
        using var client = _app.Client();
        if (authorization is not null) client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);

        var result = await client.Query(ImportMutation, new { content = Ftm });

        Assert.Equal("UNAUTHENTICATED", result["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null((await client.Data("""{ entity(id: "t-person") { id } }"""))["entity"]);
    }

    [Fact]
    public async Task A_mutation_with_a_valid_key_imports_and_reports()
    {
        using var client = Authorized();

        var report = (await client.Data(ImportMutation, new { content = Ftm }))["importDesignations"]!;

        Assert.True(report["succeeded"]!.GetValue<bool>());
        Assert.Equal(1, report["entities"]!["created"]!.GetValue<int>());
        Assert.Equal("Test Person", (await client.Data("""{ entity(id: "t-person") { name } }"""))["entity"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_repeated_anonymous_query_sees_a_write_made_in_between()
    {
        using var reader = _app.Client();
        using var writer = Authorized();
        const string lookup = """{ entity(id: "t-person") { name } }""";
        Assert.Null((await reader.Data(lookup))["entity"]);
        Assert.Null((await reader.Data(lookup))["entity"]);

        await writer.Data(ImportMutation, new { content = Ftm });

        Assert.Equal("Test Person", (await reader.Data(lookup))["entity"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_rejected_record_is_reported_and_nothing_of_the_import_is_written()
    {
        using var client = Authorized();
        var content = Ftm + "\n{ not json\n" + """{"id":"t-other","schema":"Person","properties":{"name":["Other"]}}""";

        var report = (await client.Data(ImportMutation, new { content }))["importDesignations"]!;

        Assert.False(report["succeeded"]!.GetValue<bool>());
        Assert.Equal(2, report["rejected"]![0]!["line"]!.GetValue<int>());
        Assert.Null((await client.Data("""{ entity(id: "t-person") { id } }"""))["entity"]);
    }

    [Fact]
    public async Task The_upload_endpoint_refuses_a_missing_key_with_401()
    {
        using var client = _app.Client();
        using var content = new StringContent(Ftm);

        var response = await client.PostAsync("/imports?format=ftm", content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null((await client.Data("""{ entity(id: "t-person") { id } }"""))["entity"]);
    }

    [Fact]
    public async Task The_upload_endpoint_takes_an_ofac_publication_as_a_multipart_form()
    {
        using var client = Authorized();
        using var form = new MultipartFormDataContent();
        foreach (var name in new[] { "sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv" })
        {
            var file = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ofac-publications", "2021-07-07", name)));
            form.Add(file, "files", name);
        }

        var response = await client.PostAsync("/imports?format=ofac-csv&published=2021-07-07", form);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(26, report["sanctions"]!["created"]!.GetValue<int>());
        var data = await client.Data("""{ sanctions(filter: { authority: "OFAC", dataset: "us_ofac_sdn" }) { totalCount nodes { firstSeen lastSeen } } }""");
        Assert.Equal(26, data["sanctions"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("2021-07-07", data["sanctions"]!["nodes"]![0]!["firstSeen"]!.GetValue<string>());
        var feed = await client.Data("""{ changes(since: "2021-07", authority: "OFAC", dataset: "us_ofac_sdn") { totalCount nodes { kind date sanction { authority { id } target { name } } } } }""");
        Assert.Equal(26, feed["changes"]!["totalCount"]!.GetValue<int>());
        Assert.All(feed["changes"]!["nodes"]!.AsArray(), n => Assert.Equal("ADDED", n!["kind"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_upload_endpoint_names_a_bad_parameter()
    {
        using var client = Authorized();
        using var content = new StringContent(Ftm);

        var response = await client.PostAsync("/imports?format=ftm&published=2024-13-01", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("published", await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _app.Dispose();

    private HttpClient Authorized()
    {
        var client = _app.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        return client;
    }
}
