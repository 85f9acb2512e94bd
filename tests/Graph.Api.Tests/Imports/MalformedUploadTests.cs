using System.Net;
using System.Text;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Imports;

/// <summary>A malformed upload gets a 400 whose JSON body names the problem, never a 500 with an empty body.</summary>
public sealed class MalformedUploadTests : IDisposable
{
    private const string Boundary = "XyZ123";
    private readonly GraphApp _app = new(new() { ["Auth:ApiKeys:0"] = UploadClient.Key, ["Imports:MaxUploadBytes"] = "100000" });

    private static string Part(string fileName, string content) =>
        $"--{Boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{fileName}\"\r\nContent-Type: text/csv\r\n\r\n{content}\r\n";

    public static TheoryData<string, string, string> Malformed => new()
    {
        { "multipart/form-data", Part("sdn.csv", "1,\"A\"") + $"--{Boundary}--\r\n", "names no boundary" },
        { $"multipart/form-data; boundary={Boundary}", $"--{Boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"sdn.csv\"\r\n\r\n1,\"A\",\"individual\"", "ends before its closing boundary" },
        { $"multipart/form-data; boundary={Boundary}", Part("..", "x") + $"--{Boundary}--\r\n", "is a path" },
        { $"multipart/form-data; boundary={Boundary}", Part("../sdn.csv", "x") + $"--{Boundary}--\r\n", "is a path" },
        { $"multipart/form-data; boundary={Boundary}", Part("/etc/sdn.csv", "x") + $"--{Boundary}--\r\n", "is a path" },
        { $"multipart/form-data; boundary={Boundary}", Part("sub\\\\sdn.csv", "x") + $"--{Boundary}--\r\n", "is a path" },
        { $"multipart/form-data; boundary={Boundary}", Part("sdn.csv", "x") + Part("SDN.csv", "y") + $"--{Boundary}--\r\n", "two parts are named" },
        { $"multipart/form-data; boundary={Boundary}", $"--{Boundary}\r\nContent-Disposition: form-data; name=\"published\"\r\n\r\n2024-01-01\r\n--{Boundary}--\r\n", "no file was sent" },
        { $"multipart/form-data; boundary={Boundary}", $"--{Boundary}\r\nContent-Type: text/csv\r\n\r\nx\r\n--{Boundary}--\r\n", "Content-Disposition" },
        { $"multipart/form-data; boundary={Boundary}", "no boundary line at all", "ends before its closing boundary" },
        { "application/x-www-form-urlencoded", "files=sdn.csv", "URL-encoded form" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_malformed_upload_is_a_400_naming_the_problem(string contentType, string body, string problem)
    {
        using var client = _app.Authorized();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var answer = await client.Upload("format=ofac-csv&published=2021-07-07", content);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("BAD_USER_INPUT", answer.Body["error"]!.GetValue<string>());
        Assert.Contains(problem, answer.Body["message"]!.GetValue<string>());
        Assert.Equal(0, (await client.Data("""{ sanctions(filter: { dataset: "us_ofac_sdn" }) { totalCount } }"""))["sanctions"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_upload_over_the_endpoint_limit_is_a_413_with_a_json_body()
    {
        using var client = _app.Authorized();
        using var content = new ByteArrayContent(new byte[200_000]);

        var answer = await client.Upload("format=ftm", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        Assert.Equal("PAYLOAD_TOO_LARGE", answer.Body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_empty_body_names_what_to_send()
    {
        using var client = _app.Authorized();
        using var content = new ByteArrayContent([]);

        var answer = await client.Upload("format=ftm", content);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("no file was sent", answer.Body["message"]!.GetValue<string>());
    }

    public void Dispose() => _app.Dispose();
}
