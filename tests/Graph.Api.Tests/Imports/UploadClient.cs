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

    /// <summary>
    /// Imports both OFAC fixture publications in date order (2021-07-07, then 2021-08-02, which delists four entries
    /// and adds six), failing the test unless each is written. The app needs <see cref="Key"/> among its API keys.
    /// </summary>
    public static async Task ImportBothOfacPublicationsAsync(this Infrastructure.GraphApp app)
    {
        using var client = app.Authorized();
        foreach (var day in new[] { "2021-07-07", "2021-08-02" })
        {
            using var form = OfacForm(day);
            var (status, _, text) = await client.Upload($"format=ofac-csv&published={day}", form);
            Assert.True(status == HttpStatusCode.OK, text);
        }
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
