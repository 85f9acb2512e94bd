using System.Net;
using System.Text;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Imports;

/// <summary>Hostile files through POST /imports: deep YAML and invalid UTF-8 are rejected records, rejections are capped, no path shows.</summary>
public sealed class HostileFileTests : IDisposable
{
    private readonly GraphApp _app = new(new() { ["Auth:ApiKeys:0"] = UploadClient.Key });

    [Theory]
    [InlineData("format=seed")]
    [InlineData("format=seed&dryRun=true")]
    public async Task A_seed_file_nested_20000_deep_is_a_422_and_the_service_lives(string query)
    {
        using var client = _app.Authorized();
        using var content = new StringContent("entities: " + new string('[', 50_000) + new string(']', 50_000) + "\n");

        var answer = await client.Upload(query, content);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        var rejection = answer.Body["rejected"]![0]!;
        Assert.Equal("upload.yaml:1: (yaml): nesting deeper than 64.",
            $"{rejection["file"]}:{rejection["line"]}: {rejection["field"]}: {rejection["message"]}");
        Assert.Equal("sadio-camara", (await client.Data("""{ entity(id: "sadio-camara") { id } }"""))["entity"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_ftm_line_nested_20000_deep_is_a_rejected_line()
    {
        using var client = _app.Authorized();
        using var content = new StringContent("{\"id\":\"deep\",\"schema\":\"Person\",\"properties\":{\"name\":" + new string('[', 20_000) + new string(']', 20_000) + "}}\n");

        var answer = await client.Upload("format=ftm&dryRun=true", content);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("(json)", answer.Body["rejected"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invalid_utf8_is_rejected_with_file_and_line_and_nothing_is_written()
    {
        using var client = _app.Authorized();
        using var content = new ByteArrayContent([
            .. "{\"id\":\"good\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Good\"]}}\n"u8,
            .. "{\"id\":\"bad\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Go"u8, 0xEF, .. "ta\"]}}\n"u8]);

        var answer = await client.Upload("format=ftm", content);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        var rejection = answer.Body["rejected"]![0]!;
        Assert.Equal(("upload.ftm.json", 2, "(encoding)"),
            (rejection["file"]!.GetValue<string>(), rejection["line"]!.GetValue<int>(), rejection["field"]!.GetValue<string>()));
        Assert.Null((await client.Data("""{ entity(id: "good") { id } }"""))["entity"]);
    }

    [Fact]
    public async Task A_mebibyte_of_garbage_gets_the_first_100_rejections_their_count_and_a_small_answer()
    {
        using var client = _app.Authorized();
        var garbage = new StringBuilder();
        for (var i = 0; garbage.Length < 1024 * 1024; i++) garbage.Append("garbage ").Append(i).Append('\n');
        using var content = new StringContent(garbage.ToString());

        var answer = await client.Upload("format=ftm", content);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal(100, answer.Body["rejected"]!.AsArray().Count);
        Assert.True(answer.Body["rejectedCount"]!.GetValue<int>() > 50_000);
        Assert.True(answer.Body["truncated"]!.GetValue<bool>());
        Assert.True(answer.Text.Length < 64 * 1024, $"the answer has {answer.Text.Length} characters");
    }

    [Fact]
    public async Task The_mutation_lists_the_first_100_rejections_and_counts_them_all()
    {
        using var client = _app.Authorized();
        var garbage = string.Join('\n', Enumerable.Range(0, 150).Select(i => $"garbage {i}"));

        var report = (await client.Data("""
            mutation($content: String!) { importDesignations(format: FTM, content: $content) { succeeded rejectedCount rejected { line } } }
            """, new { content = garbage }))["importDesignations"]!;

        Assert.False(report["succeeded"]!.GetValue<bool>());
        Assert.Equal(100, report["rejected"]!.AsArray().Count);
        Assert.Equal(150, report["rejectedCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_rejected_upload_names_files_by_their_own_names_never_by_the_servers_folders()
    {
        using var client = _app.Authorized();
        using var ofac = UploadClient.OfacForm("2021-07-07", "add.csv", "alt.csv");
        using var seed = new MultipartFormDataContent { { new StringContent("not yaml"), "files", "notes.txt" } };

        var noSdn = await client.Upload("format=ofac-csv&published=2021-07-07", ofac);
        var noYaml = await client.Upload("format=seed", seed);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, noSdn.Status);
        Assert.Contains("(upload): (path): the folder holds no sdn.csv.", noSdn.Body["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noYaml.Status);
        Assert.Equal("(upload)", noYaml.Body["rejected"]![0]!["file"]!.GetValue<string>());
        Assert.Equal("(upload)", noYaml.Body["input"]!.GetValue<string>());
    }

    public void Dispose() => _app.Dispose();
}
