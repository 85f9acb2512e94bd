using System.Net;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Imports;

/// <summary>A publication older than the newest imported is refused with 409 unless allowOlder; even then lastSeen never moves back.</summary>
public sealed class PublicationOrderTests : IDisposable
{
    private readonly GraphApp _app = new(new() { ["Auth:ApiKeys:0"] = UploadClient.Key });

    private const string LastSeen = """{ entity(id: "ofac-2679") { sanctions { firstSeen lastSeen } } }""";

    [Fact]
    public async Task An_older_upload_is_refused_then_accepted_with_allow_older_and_last_seen_stays()
    {
        using var client = _app.Authorized();
        using (var august = UploadClient.OfacForm("2021-08-02"))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.Upload("format=ofac-csv&published=2021-08-02", august)).Status);
        }

        using var july = UploadClient.OfacForm("2021-07-07");
        var refused = await client.Upload("format=ofac-csv&published=2021-07-07", july);

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Equal("OLDER_PUBLICATION", refused.Body["error"]!.GetValue<string>());
        Assert.Contains("older than the newest one imported (2021-08-02)", refused.Body["message"]!.GetValue<string>());
        Assert.Equal("""[{"firstSeen":"2021-08-02","lastSeen":"2021-08-02"}]""", (await client.Data(LastSeen))["entity"]!["sanctions"]!.ToJsonString());

        using var again = UploadClient.OfacForm("2021-07-07");
        var allowed = await client.Upload("format=ofac-csv&published=2021-07-07&allowOlder=true", again);

        Assert.Equal(HttpStatusCode.OK, allowed.Status);
        Assert.Equal(0, allowed.Body["delisted"]!.GetValue<int>());
        Assert.Equal("""[{"firstSeen":"2021-07-07","lastSeen":"2021-08-02"}]""", (await client.Data(LastSeen))["entity"]!["sanctions"]!.ToJsonString());
    }

    [Fact]
    public async Task The_mutation_refuses_an_older_publication_unless_allow_older_is_true()
    {
        using var client = _app.Authorized();
        const string mutation = """
            mutation($content: String!, $published: Date!, $allowOlder: Boolean) {
              importDesignations(format: OFAC_CSV, content: $content, published: $published, allowOlder: $allowOlder) { succeeded sanctions { created } } }
            """;
        string Sdn(string day) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ofac-publications", day, "sdn.csv"));
        await client.Data(mutation, new { content = Sdn("2021-08-02"), published = "2021-08-02" });

        var refused = await client.Query(mutation, new { content = Sdn("2021-07-07"), published = "2021-07-07" });
        var allowed = await client.Data(mutation, new { content = Sdn("2021-07-07"), published = "2021-07-07", allowOlder = true });

        Assert.Equal("OLDER_PUBLICATION", refused["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.True(allowed["importDesignations"]!["succeeded"]!.GetValue<bool>());
        Assert.Equal("""[{"firstSeen":"2021-07-07","lastSeen":"2021-08-02"}]""", (await client.Data(LastSeen))["entity"]!["sanctions"]!.ToJsonString());
    }

    public void Dispose() => _app.Dispose();
}
