using System.Net;
using Graph.Api.Tests.Imports;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Lookups.Api;

/// <summary>The lookup of entities imported from two OFAC publications, the second of which delists four entries.</summary>
public sealed class OfacEntityLookupTests : IAsyncLifetime
{
    private readonly GraphApp _app = new(new() { ["Auth:ApiKeys:0"] = UploadClient.Key });
    private HttpClient? _client;

    public async Task InitializeAsync()
    {
        await _app.ImportBothOfacPublicationsAsync();
        _client = _app.Client();
    }

    [Fact]
    public async Task A_delisted_entry_still_shows_its_sanction_ended_on_the_day_of_the_publication_that_dropped_it()
    {
        var answer = await LookupHttp.SendAsync(_client!, "/api/entities/ofac-2674");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("ABBAS, Abu", (string?)answer.Json["entity"]!["name"]);
        var sanction = Assert.Single(answer.Json["entity"]!["sanctions"]!.AsArray())!;
        Assert.False((bool)sanction["inForce"]!);
        Assert.Equal("2021-08-02", (string?)sanction["endedOn"]);
        Assert.Equal("2021-07-07", (string?)sanction["firstSeen"]);
        Assert.Equal("us_ofac_sdn", (string?)sanction["dataset"]);
        Assert.Equal("ofac", (string?)sanction["authority"]!["id"]);
    }

    [Fact]
    public async Task Pinned_before_the_delisting_the_same_sanction_is_in_force_with_no_end_yet()
    {
        var answer = await LookupHttp.SendAsync(_client!, "/api/entities/ofac-2674?asOf=2021-07-20");

        var sanction = Assert.Single(answer.Json["entity"]!["sanctions"]!.AsArray())!;
        Assert.True((bool)sanction["inForce"]!);
        Assert.Null(sanction["endedOn"]);
        Assert.Equal("2021-07-07", (string?)sanction["firstSeen"]);
        Assert.Equal("2021-07-07", (string?)sanction["lastSeen"]);

        // An entry of both publications, pinned between them: the later publication had not been seen yet.
        var carried = Assert.Single((await LookupHttp.SendAsync(_client!, "/api/entities/ofac-2679?asOf=2021-07-20")).Json["entity"]!["sanctions"]!.AsArray())!;
        Assert.Equal("2021-07-07", (string?)carried["firstSeen"]);
        Assert.Null(carried["lastSeen"]);
    }

    [Fact]
    public async Task An_entry_of_both_publications_answers_in_force_and_search_finds_it_with_its_summary()
    {
        var lookup = await LookupHttp.SendAsync(_client!, "/api/entities/ofac-2679");
        var name = (string)lookup.Json["entity"]!["name"]!;
        var search = await LookupHttp.SendAsync(_client!, "/api/search?q=" + Uri.EscapeDataString(name));

        Assert.True((bool)lookup.Json["entity"]!["sanctions"]![0]!["inForce"]!);
        var hit = search.Json["results"]!.AsArray().First(r => (string?)r!["entity"]!["id"] == "ofac-2679")!;
        Assert.Equal("""{"total":1,"inForce":1,"authorities":["Office of Foreign Assets Control"]}""", hit["entity"]!["sanctionSummary"]!.ToJsonString());
    }

    public Task DisposeAsync()
    {
        _client?.Dispose();
        _app.Dispose();
        return Task.CompletedTask;
    }
}
