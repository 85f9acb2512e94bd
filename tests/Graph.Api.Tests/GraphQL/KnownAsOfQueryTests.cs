using Graph.Api.Tests.Imports;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.GraphQL;

/// <summary>
/// "Known as of" and the list diff over real HTTP, on the seed with both OFAC fixture publications imported through
/// /imports: 2021-07-07, then 2021-08-02, which drops four entries and adds six. What each day should give is read
/// from the fixture files themselves.
/// </summary>
public sealed class KnownAsOfQueryTests : IAsyncLifetime
{
    private readonly GraphApp _app = new(new() { ["Auth:ApiKeys:0"] = UploadClient.Key });
    private HttpClient _client = null!;
    private int _seedOfacHeldInJuly2021;

    public async Task InitializeAsync()
    {
        _client = _app.Client();
        _seedOfacHeldInJuly2021 = await Count("""sanctions(filter: { authority: "OFAC" }, asOf: "2021-07-20")""");
        await _app.ImportBothOfacPublicationsAsync();
    }

    /// <summary>The sanction ids a publication's sdn.csv lists, as the importer names them.</summary>
    private static List<string> Rows(string day) =>
        [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ofac-publications", day, "sdn.csv"))
            .Select(line => line.Split(',')[0].Trim('\u001a', ' '))
            .Where(uid => uid.Length > 0)
            .Select(uid => $"ofac-{uid}")];

    private async Task<int> Count(string field) =>
        (await _client.Data($"{{ {field} {{ totalCount }} }}"))[field[..field.IndexOf('(')]]!["totalCount"]!.GetValue<int>();

    [Theory]
    [InlineData("2021-07-01", null)]
    [InlineData("2021-07-07", "2021-07-07")]
    [InlineData("2021-07-31", "2021-07-07")]
    [InlineData("2021-08-02", "2021-08-02")]
    [InlineData("2022-01-01", "2021-08-02")]
    public async Task Known_as_of_a_day_the_list_counts_exactly_the_rows_of_the_publication_in_force(string day, string? publication)
    {
        var data = await _client.Data($$"""{ sanctions(filter: { dataset: "us_ofac_sdn" }, knownAsOf: "{{day}}", first: 100) { totalCount nodes { id } } }""");

        var expected = publication is null ? [] : Rows(publication);
        Assert.Equal(expected.Count, data["sanctions"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(expected.Order(), data["sanctions"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task As_of_a_day_the_authority_counts_each_publications_rows_beside_the_seeds_own()
    {
        var july = await Count("""sanctions(filter: { authority: "OFAC" }, asOf: "2021-07-20")""");
        var august = await Count("""sanctions(filter: { authority: "OFAC" }, asOf: "2021-08-05")""");

        Assert.Equal(Rows("2021-07-07").Count + _seedOfacHeldInJuly2021, july);
        Assert.Equal(Rows("2021-08-02").Count + _seedOfacHeldInJuly2021, august);
    }

    [Fact]
    public async Task The_list_diff_between_the_two_publications_names_the_entries_added_and_delisted()
    {
        var data = await _client.Data("""
            { listDiff(authority: "OFAC", dataset: "us_ofac_sdn", from: "2021-07-20", to: "2021-08-05", first: 2) { addedCount endedCount added { id } ended { id endedOn } }
              whole: listDiff(dataset: "us_ofac_sdn", from: "2021-07-20", to: "2021-08-05") { added { id } ended { id } } }
            """);

        var (july, august) = (Rows("2021-07-07"), Rows("2021-08-02"));
        var diff = data["listDiff"]!;
        Assert.Equal(august.Except(july).Count(), diff["addedCount"]!.GetValue<int>());
        Assert.Equal(july.Except(august).Count(), diff["endedCount"]!.GetValue<int>());
        Assert.Equal(2, diff["added"]!.AsArray().Count);
        Assert.All(diff["ended"]!.AsArray(), e => Assert.Equal("2021-08-02", e!["endedOn"]!.GetValue<string>()));
        Assert.Equal(august.Except(july).Order(), data["whole"]!["added"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()).Order());
        Assert.Equal(july.Except(august).Order(), data["whole"]!["ended"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task An_entity_known_as_of_a_day_shows_the_sanction_its_list_carried_then()
    {
        var delisted = Rows("2021-07-07").Except(Rows("2021-08-02")).First();
        var target = (await _client.Data($$"""{ sanctions(filter: { dataset: "us_ofac_sdn" }, first: 100) { nodes { id target { id } } } }"""))["sanctions"]!["nodes"]!
            .AsArray().Single(n => n!["id"]!.GetValue<string>() == delisted)!["target"]!["id"]!.GetValue<string>();

        var data = await _client.Data($$"""
            { then: entity(id: "{{target}}", knownAsOf: "2021-07-20") { sanctions { id } }
              later: entity(id: "{{target}}", knownAsOf: "2021-08-05") { sanctions { id } }
              before: entity(id: "{{target}}", knownAsOf: "2021-07-01") { sanctions { id } } }
            """);

        Assert.Equal([delisted], data["then"]!["sanctions"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()));
        Assert.Empty(data["later"]!["sanctions"]!.AsArray());
        Assert.Empty(data["before"]!["sanctions"]!.AsArray());
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        _app.Dispose();
        return Task.CompletedTask;
    }
}
