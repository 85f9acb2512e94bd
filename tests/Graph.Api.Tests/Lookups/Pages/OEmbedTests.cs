using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Lookups.Pages;

/// <summary>The oEmbed provider against the oEmbed 1.0 spec (oembed.com), field by field, and its errors.</summary>
public sealed class OEmbedTests : IDisposable
{
    private readonly GraphApp _app = new();

    private string Page(string path) => new Uri(_app.BaseAddress, path).ToString();

    private async Task<(HttpResponseMessage Response, string Body)> AskAsync(string query, string? origin = null)
    {
        using var client = _app.Client();
        var request = new HttpRequestMessage(HttpMethod.Get, "/oembed?" + query);
        if (origin is not null) request.Headers.Add("Origin", origin);
        var response = await client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_page_url_gets_a_rich_1_0_answer_whose_html_is_the_card_iframe_pinned_to_its_asOf()
    {
        var (response, body) = await AskAsync($"url={Uri.EscapeDataString(Page("/entities/sadio-camara?asOf=2023-07-24"))}&format=json", "https://news.example");
        var answer = JsonNode.Parse(body)!.AsObject();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("rich", answer["type"]!.GetValue<string>());
        Assert.Equal("1.0", answer["version"]!.GetValue<string>());
        Assert.Equal(400, answer["width"]!.GetValue<int>());
        Assert.Equal(250, answer["height"]!.GetValue<int>());
        Assert.Equal("Sadio Camara: sanctions and ties", answer["title"]!.GetValue<string>());
        Assert.Equal("Sanctions graph", answer["provider_name"]!.GetValue<string>());
        Assert.Equal(Page("/entities"), answer["provider_url"]!.GetValue<string>());
        Assert.Equal(3600, answer["cache_age"]!.GetValue<int>());
        Assert.Equal(Page("/entities/sadio-camara"), answer["author_url"]!.GetValue<string>());
        var html = answer["html"]!.GetValue<string>();
        Assert.Equal($"<iframe src=\"{Page("/embed/entities/sadio-camara?asOf=2023-07-24")}\" width=\"400\" height=\"250\" title=\"Sanctions record: Sadio Camara\" frameborder=\"0\" loading=\"lazy\"></iframe>", html);
        // Only the keys the spec names, and no thumbnail without its size (the spec asks for all three or none).
        Assert.Empty(answer.Select(p => p.Key).Except(["type", "version", "title", "author_name", "author_url", "provider_name", "provider_url", "cache_age", "html", "width", "height"]));
    }

    [Fact]
    public async Task A_card_url_without_asOf_is_pinned_to_today_and_format_may_be_left_out()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var (response, body) = await AskAsync($"url={Uri.EscapeDataString(Page("/embed/entities/sadio-camara"))}");
        var answer = JsonNode.Parse(body)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"src=\"{Page($"/embed/entities/sadio-camara?asOf={today}")}\"", answer["html"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(60, answer["cache_age"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(300, null, 300, 250)]
    [InlineData(null, 200, 400, 200)]
    [InlineData(1000, 1000, 400, 250)]
    [InlineData(240, 160, 240, 160)]
    public async Task Maxwidth_and_maxheight_bound_the_iframe_which_never_exceeds_them(int? maxWidth, int? maxHeight, int width, int height)
    {
        var bounds = (maxWidth is { } w ? $"&maxwidth={w}" : "") + (maxHeight is { } h ? $"&maxheight={h}" : "");
        var (response, body) = await AskAsync($"url={Uri.EscapeDataString(Page("/entities/sadio-camara"))}&format=json{bounds}");
        var answer = JsonNode.Parse(body)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(width, answer["width"]!.GetValue<int>());
        Assert.Equal(height, answer["height"]!.GetValue<int>());
        var html = answer["html"]!.GetValue<string>();
        Assert.Equal(width.ToString(System.Globalization.CultureInfo.InvariantCulture), Regex.Match(html, "width=\"(\\d+)\"").Groups[1].Value);
        Assert.Equal(height.ToString(System.Globalization.CultureInfo.InvariantCulture), Regex.Match(html, "height=\"(\\d+)\"").Groups[1].Value);
    }

    [Theory]
    [InlineData("https://elsewhere.example/entities/sadio-camara", HttpStatusCode.NotFound)]
    [InlineData("{base}graphql", HttpStatusCode.NotFound)]
    [InlineData("{base}entities/sadio-camara/network", HttpStatusCode.NotFound)]
    [InlineData("{base}entities/no-such-entity", HttpStatusCode.NotFound)]
    [InlineData("{base}entities/sadio-camara?asOf=yesterday", HttpStatusCode.NotFound)]
    [InlineData("javascript:alert(1)", HttpStatusCode.NotFound)]
    public async Task A_url_this_service_does_not_serve_gets_404(string url, HttpStatusCode status)
    {
        var (response, body) = await AskAsync($"url={Uri.EscapeDataString(url.Replace("{base}", _app.BaseAddress.ToString(), StringComparison.Ordinal))}&format=json");

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("NOT_FOUND", JsonNode.Parse(body)!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Xml_gets_501_a_missing_url_400_and_a_card_that_cannot_fit_404()
    {
        var url = Uri.EscapeDataString(Page("/entities/sadio-camara"));

        var xml = await AskAsync($"url={url}&format=xml");
        var missing = await AskAsync("format=json");
        var tooSmall = await AskAsync($"url={url}&maxwidth=120");
        var notANumber = await AskAsync($"url={url}&maxheight=tall");

        Assert.Equal(HttpStatusCode.NotImplemented, xml.Response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.Response.StatusCode);
        Assert.Contains("url:", JsonNode.Parse(missing.Body)!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, tooSmall.Response.StatusCode);
        Assert.Contains("at least 240 × 160", JsonNode.Parse(tooSmall.Body)!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notANumber.Response.StatusCode);
        Assert.All(new[] { xml, missing, tooSmall, notANumber }, a => Assert.Equal("application/json", a.Response.Content.Headers.ContentType!.MediaType));
    }

    public void Dispose() => _app.Dispose();
}
