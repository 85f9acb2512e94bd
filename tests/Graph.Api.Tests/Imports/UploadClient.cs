using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Graph.Api.Tests.Imports;

/// <summary>Posts uploads to /imports and reads the JSON answer, whatever its status; an empty body fails the test.</summary>
internal static class UploadClient
{
    public const string Key = "test-key-0123456789";

    public static HttpClient Authorized(this Infrastructure.GraphApp app)
    {
        var client = app.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        return client;
    }

    public static async Task<(HttpStatusCode Status, JsonNode Body, string Text)> Upload(this HttpClient client, string query, HttpContent content)
    {
        using var response = await client.PostAsync("/imports?" + query, content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.False(string.IsNullOrWhiteSpace(text), $"HTTP {(int)response.StatusCode} with an empty body");
        Assert.DoesNotContain(Path.GetTempPath().TrimEnd('/'), text, StringComparison.Ordinal);
        Assert.DoesNotContain("graph-uploads", text, StringComparison.Ordinal);
        return (response.StatusCode, JsonNode.Parse(text)!, text);
    }

    /// <summary>An OFAC publication of the fixtures as a multipart form, one part per file.</summary>
    public static MultipartFormDataContent OfacForm(string day, params string[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var name in files.Length > 0 ? files : ["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"])
        {
            form.Add(new ByteArrayContent(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ofac-publications", day, name))), "files", name);
        }
        return form;
    }
}
