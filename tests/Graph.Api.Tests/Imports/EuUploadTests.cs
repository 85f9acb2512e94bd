using System.Net;
using System.Net.Http.Headers;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Imports;

/// <summary>POST /imports?format=eu-xml with the EU's XML as the body: imported, dated by its generationDate.</summary>
public sealed class EuUploadTests : IDisposable
{
    private readonly GraphApp _app = new(new() { ["Auth:ApiKeys:0"] = UploadClient.Key, ["Seed:Enabled"] = "false" });

    [Fact]
    public async Task The_file_as_the_body_imports_its_entries_as_sanctions_by_the_European_Union()
    {
        using var client = _app.Authorized();
        using var body = new StreamContent(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "eu", "publication.xml")));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/xml");

        var response = await client.Upload("format=eu-xml", body);

        Assert.True(response.Status == HttpStatusCode.OK, response.Text);
        Assert.Equal(6, response.Body["sanctions"]!["created"]!.GetValue<int>());
        var sanction = (await client.Data("""{ entity(id: "eu-13") { name sanctions { id firstSeen authority { name } } } }"""))["entity"]!;
        Assert.Equal("Saddam Hussein Al-Tikriti", sanction["name"]!.GetValue<string>());
        Assert.Equal("""[{"id":"eu-sanction-13","firstSeen":"2024-05-02","authority":{"name":"European Union"}}]""", sanction["sanctions"]!.ToJsonString());
    }

    public void Dispose() => _app.Dispose();
}
