using System.Net;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Imports;

/// <summary>Two imports at once: one runs, the other is refused at once with 409 and writes nothing; the result is a serial one.</summary>
public sealed class ConcurrentImportTests : IDisposable
{
    private const string Person = """{"id":"held-person","schema":"Person","properties":{"name":["Held Person"]}}""";
    private readonly GraphApp _app = new(new() { ["Auth:ApiKeys:0"] = UploadClient.Key });

    private const string Mutation = """
        mutation($content: String!) { importDesignations(format: FTM, content: $content) { succeeded entities { created unchanged } } }
        """;

    [Fact]
    public async Task A_second_upload_and_a_mutation_while_an_upload_runs_get_409_and_change_nothing()
    {
        using var client = _app.Authorized();
        using var held = new HeldUpload(Person);
        var first = client.Upload("format=ftm", held);
        await held.Holding.WaitAsync(TimeSpan.FromMinutes(1));

        using var form = UploadClient.OfacForm("2021-07-07");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var second = await client.Upload("format=ofac-csv&published=2021-07-07", form);
        var mutation = await client.Query(Mutation, new { content = """{"id":"other","schema":"Person","properties":{"name":["Other"]}}""" });

        Assert.Equal(HttpStatusCode.Conflict, second.Status);
        Assert.Equal("IMPORT_IN_PROGRESS", second.Body["error"]!.GetValue<string>());
        Assert.Contains("Another import", second.Body["message"]!.GetValue<string>());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the refusal took {clock.Elapsed}");
        Assert.Equal("IMPORT_IN_PROGRESS", mutation["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(0, (await client.Data("""{ sanctions(filter: { dataset: "us_ofac_sdn" }) { totalCount } }"""))["sanctions"]!["totalCount"]!.GetValue<int>());

        held.Release();
        var done = await first;

        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Equal(1, done.Body["entities"]!["created"]!.GetValue<int>());
        Assert.Null((await client.Data("""{ entity(id: "other") { id } }"""))["entity"]);
        // The refused one, sent again now, runs as it would have after the first.
        using var again = UploadClient.OfacForm("2021-07-07");
        var retried = await client.Upload("format=ofac-csv&published=2021-07-07", again);
        Assert.Equal(HttpStatusCode.OK, retried.Status);
        Assert.Equal(26, retried.Body["sanctions"]!["created"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_upload_while_another_process_imports_into_the_same_file_gets_409()
    {
        using var client = _app.Authorized();
        _ = _app.BaseAddress;
        using (var cli = new Graph.Import.Gate.ImportGate(_app.DatabasePath + ".import-lock"))
        using (cli.Enter())
        {
            using var form = UploadClient.OfacForm("2021-07-07");
            var refused = await client.Upload("format=ofac-csv&published=2021-07-07", form);

            Assert.Equal(HttpStatusCode.Conflict, refused.Status);
            Assert.Equal("IMPORT_IN_PROGRESS", refused.Body["error"]!.GetValue<string>());
            Assert.Contains("Another process", refused.Body["message"]!.GetValue<string>());
        }
        using var again = UploadClient.OfacForm("2021-07-07");
        Assert.Equal(HttpStatusCode.OK, (await client.Upload("format=ofac-csv&published=2021-07-07", again)).Status);
    }

    [Fact]
    public async Task Racing_mutations_each_succeed_or_are_refused_and_the_record_is_created_once()
    {
        using var client = _app.Authorized();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.Query(Mutation, new { content = Person })));

        var written = results.Where(r => r["errors"] is null).Select(r => r["data"]!["importDesignations"]!["entities"]!).ToList();
        Assert.All(results.Where(r => r["errors"] is not null), r => Assert.Equal("IMPORT_IN_PROGRESS", r["errors"]![0]!["extensions"]!["code"]!.GetValue<string>()));
        Assert.NotEmpty(written);
        Assert.Single(written, w => w["created"]!.GetValue<int>() == 1);
        Assert.All(written.Where(w => w["created"]!.GetValue<int>() == 0), w => Assert.Equal(1, w["unchanged"]!.GetValue<int>()));
        Assert.Equal("Held Person", (await client.Data("""{ entity(id: "held-person") { name } }"""))["entity"]!["name"]!.GetValue<string>());
    }

    public void Dispose() => _app.Dispose();
}
