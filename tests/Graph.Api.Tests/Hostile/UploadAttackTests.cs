using System.Net.Http.Headers;
using System.Text;
using Graph.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Graph.Api.Tests.Hostile;

/// <summary>
/// Issue 8, items 11 and 13: with a valid key, a malformed multipart upload is a 400 with a JSON body, never a 500
/// with an empty one; a store held by another writer is a 503 with Retry-After; and lookups stay quick while an
/// import uploads and writes.
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class UploadAttackTests(KeyedHubGraph graph) : IClassFixture<KeyedHubGraph>
{
    private const string Part = "Content-Disposition: form-data; name=\"files\"; filename=\"upload.ftm.json\"\r\nContent-Type: application/json\r\n\r\n";
    private const string Line = """{"id":"upload-person","schema":"Person","properties":{"name":["Uploaded Person"]}}""";

    public static TheoryData<string, string> MalformedForms => new()
    {
        { "multipart/form-data", "--x\r\n" + Part + Line + "\r\n--x--\r\n" },
        { "multipart/form-data; boundary=x", "--x\r\n" + Part + Line[..20] },
        { "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"files\"; filename=\"..\"\r\n\r\n" + Line + "\r\n--x--\r\n" },
        { "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"..\"; filename=\"..\"\r\n\r\n" + Line + "\r\n--x--\r\n" },
        { "multipart/form-data; boundary=" + new string('b', 200), "--" + new string('b', 200) + "\r\n" + Part + Line + "\r\n--" + new string('b', 200) + "--\r\n" },
        { "multipart/form-data; boundary=x", "this is not a multipart body at all" },
    };

    [Theory]
    [MemberData(nameof(MalformedForms))]
    public async Task A_malformed_multipart_upload_is_a_400_with_a_json_error(string contentType, string body)
    {
        using var client = graph.Writer();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var answer = await client.AnswerAsync(new HttpRequestMessage(HttpMethod.Post, "/imports?format=ftm&published=2024-01-02") { Content = content });

        Assert.True(answer.Status == 400, $"expected 400, got {answer}");
        Assert.True(answer.Json?["error"] is not null && answer.Json["message"] is not null, $"expected a JSON error and message, got {answer}");
        Refusals.AssertDisclosesNothing(answer);
        Assert.Null((await client.Data("""{ entity(id: "upload-person") { id } }"""))["entity"]);
    }

    [Fact]
    public async Task A_megabyte_of_garbage_is_rejected_with_an_answer_of_bounded_size()
    {
        var garbage = new StringBuilder();
        for (var i = 0; garbage.Length < 1024 * 1024; i++) garbage.Append($"garbage line {i} ~!@#$%^&*()_+ not a record at all\n");

        var report = await Attack.RunAsync(graph, async (_, ct) =>
        {
            using var writer = graph.Writer();
            var upload = new HttpRequestMessage(HttpMethod.Post, "/imports?format=ftm&published=2024-01-02") { Content = new StringContent(garbage.ToString()) };
            return await writer.AnswerAsync(upload, ct);
        }, patience: TimeSpan.FromSeconds(30));

        report.AssertHeld(answeredWithin: TimeSpan.FromSeconds(10), heapMegabytes: 300, cheapQueriesWithin: TimeSpan.FromSeconds(2));
        var answer = report.Answer;
        Assert.True(answer.Status == 422, $"expected 422, got {answer}");
        Assert.True(answer.Body.Length < 256 * 1024, $"the rejection of 1 MiB should not be {answer.Body.Length / 1024} KiB long");
        Assert.True(answer.Json?["rejected"] is { } rejected && rejected.AsArray().Count > 0, $"the answer should name the first rejected lines: {answer}");
    }

    [Fact]
    public async Task Lookups_stay_quick_while_an_import_uploads_slowly_and_is_written()
    {
        var lines = Enumerable.Range(0, 20_000).Select(i => $$$"""{"id":"slow-{{{i}}}","schema":"Person","properties":{"name":["Slow Upload {{{i}}}"]}}""" + "\n");
        var pieces = lines.Chunk(1_000).Select(chunk => string.Concat(chunk)).ToList();

        var report = await Attack.RunAsync(graph, async (_, ct) =>
        {
            using var writer = graph.Writer();
            var upload = new HttpRequestMessage(HttpMethod.Post, "/imports?format=ftm&published=2024-01-02") { Content = new TrickledContent(pieces, TimeSpan.FromMilliseconds(150)) };
            return await writer.AnswerAsync(upload, ct);
        }, patience: TimeSpan.FromMinutes(2));

        report.AssertHeld(answeredWithin: TimeSpan.FromSeconds(60), heapMegabytes: 300, cheapQueriesWithin: TimeSpan.FromSeconds(3));
        Assert.True(report.Answer.Status == 200, $"the import should be written: {report.Answer}");
        Assert.Equal(20_000, report.Answer.Json!["entities"]!["created"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_upload_while_another_writer_holds_the_store_is_a_503_busy_with_retry_after_and_lookups_still_answer()
    {
        await using var holder = new SqliteConnection($"Data Source={graph.App.DatabasePath};Pooling=False");
        await holder.OpenAsync();
        await using (var begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();
        }

        var report = await Attack.RunAsync(graph, async (_, ct) =>
        {
            using var writer = graph.Writer();
            var upload = new HttpRequestMessage(HttpMethod.Post, "/imports?format=ftm&published=2024-01-02")
            {
                Content = new StringContent("""{"id":"busy-person","schema":"Person","properties":{"name":["Busy Person"]}}""" + "\n", Encoding.UTF8, "application/json"),
            };
            return await writer.AnswerAsync(upload, ct);
        }, patience: TimeSpan.FromSeconds(60));
        await using (var rollback = holder.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync();
        }

        // The store may wait for the lock a while (30 s today) before it gives up; the answer must come, and say so.
        // Hundreds of lookups run meanwhile; the slowest of them is a tail, hence the wider bound.
        report.AssertHeld(answeredWithin: TimeSpan.FromSeconds(45), heapMegabytes: 300, cheapQueriesWithin: TimeSpan.FromSeconds(3));
        var answer = report.Answer;
        Assert.True(answer.Status == 503, $"expected 503 BUSY, got {answer}");
        Assert.Equal("BUSY", answer.Json?["error"]?.GetValue<string>());
        Assert.True(answer.Header("Retry-After") is { Length: > 0 }, $"a 503 should say when to retry: {answer}");
    }
}
