using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Lookups.Pages;

/// <summary>The entity page and the search page over HTTP: what they say, their discovery links, JSON-LD and embed codes, and their errors.</summary>
public sealed class EntityPageHttpTests : IDisposable
{
    private readonly GraphApp _app = new();

    [Fact]
    public async Task The_page_of_Sadio_Camara_shows_his_OFAC_sanction_programme_dates_quotes_ties_and_data_as_of()
    {
        using var client = _app.Client();
        var html = await client.GetStringAsync("/entities/sadio-camara?asOf=2023-07-24");
        var text = HtmlText.Visible(html);

        foreach (var expected in new[]
        {
            "Sadio Camara", "Person", "Nationality Mali (ml)", "Office of Foreign Assets Control (OFAC)", "In force",
            "Programmes RUSSIA-EO14024", "Provisions Block", "Listed on 2023-07-24",
            "On July 24, the U.S. Treasury Department sanctioned three of the most senior officials",
            "Will crackdown on Mali over Wagner mercenaries actually do anything?, Responsible Statecraft, 2023-07",
            "member of Malian military junta (Organisation) — core member", "Shown as of 2023-07-24. Data as of 2023-07-24.",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
        var addresses = HtmlText.Addresses(html);
        Assert.Contains("/entities/malian-junta?asOf=2023-07-24", addresses);
        Assert.Contains("/entities/wagner-group?asOf=2023-07-24", addresses);
        Assert.Contains(new Uri(_app.BaseAddress, "/entities/sadio-camara?asOf=2023-07-24").ToString(), addresses);
    }

    [Fact]
    public async Task The_page_carries_its_canonical_link_oembed_discovery_and_a_WebPage_in_JSON_LD()
    {
        using var client = _app.Client();
        var html = await client.GetStringAsync("/entities/sadio-camara?asOf=2023-07-24");
        var page = new Uri(_app.BaseAddress, "/entities/sadio-camara?asOf=2023-07-24").ToString();

        Assert.Contains($"<link rel=\"canonical\" href=\"{page}\">", html, StringComparison.Ordinal);
        var discovery = Regex.Match(html, "<link rel=\"alternate\" type=\"application/json\\+oembed\" href=\"([^\"]+)\" title=\"([^\"]+)\">");
        Assert.True(discovery.Success, "no oEmbed discovery link");
        Assert.Equal($"{_app.BaseAddress}oembed?url={Uri.EscapeDataString(page)}&format=json", WebUtility.HtmlDecode(discovery.Groups[1].Value));
        Assert.Equal("Sadio Camara: sanctions and ties", discovery.Groups[2].Value);

        var jsonLd = JsonNode.Parse(Regex.Match(html, "<script type=\"application/ld\\+json\">(.*?)</script>").Groups[1].Value)!;
        Assert.Equal("https://schema.org", jsonLd["@context"]!.GetValue<string>());
        Assert.Equal("WebPage", jsonLd["@type"]!.GetValue<string>());
        Assert.Equal("2023-07-24", jsonLd["dateModified"]!.GetValue<string>());
        Assert.Equal(page, jsonLd["url"]!.GetValue<string>());
        Assert.Equal("Sadio Camara: sanctions and ties", jsonLd["name"]!.GetValue<string>());
        Assert.Equal("Person", jsonLd["about"]!["@type"]!.GetValue<string>());
        Assert.Equal("Sadio Camara", jsonLd["about"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_embed_codes_are_pinned_to_the_shown_day_today_when_no_asOf_is_given()
    {
        using var client = _app.Client();
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var html = await client.GetStringAsync("/entities/sadio-camara");
        string Code(string id) => WebUtility.HtmlDecode(Regex.Match(html, $"<textarea id=\"{id}\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline).Groups[1].Value);
        var card = new Uri(_app.BaseAddress, $"/embed/entities/sadio-camara?asOf={today}").ToString();

        Assert.Equal($"<iframe src=\"{card}\" width=\"400\" height=\"250\" title=\"Sanctions record: Sadio Camara\" frameborder=\"0\" loading=\"lazy\"></iframe>", Code("embed-iframe"));
        Assert.Equal($"<script src=\"{_app.BaseAddress}embed.js\" defer></script>\n<sanctions-entity entity-id=\"sadio-camara\" as-of=\"{today}\" mode=\"inline\">Sadio Camara</sanctions-entity>", Code("embed-component"));
        Assert.Equal($"{_app.BaseAddress}oembed?url={Uri.EscapeDataString(new Uri(_app.BaseAddress, $"/entities/sadio-camara?asOf={today}").ToString())}&format=json", Code("embed-oembed"));
        Assert.Contains($"Shown as of today, {today}.", HtmlText.Visible(html), StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"canonical\" href=\"{_app.BaseAddress}entities/sadio-camara\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_id_gets_a_404_page_and_a_bad_asOf_a_400_page_naming_the_parameter()
    {
        using var client = _app.Client();

        using var unknown = await client.GetAsync("/entities/no-such-entity");
        using var tooLong = await client.GetAsync("/entities/" + new string('x', 300));
        using var badDay = await client.GetAsync("/entities/sadio-camara?asOf=2023-02-30");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("text/html", unknown.Content.Headers.ContentType!.MediaType);
        Assert.Contains("No entity has the id “no-such-entity”", HtmlText.Visible(await unknown.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badDay.StatusCode);
        Assert.Equal("no-store", badDay.Headers.CacheControl!.ToString());
        Assert.Contains("asOf: '2023-02-30' is not a date of the form YYYY-MM-DD", HtmlText.Visible(await badDay.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HEAD_answers_the_headers_of_GET_without_a_body_and_a_known_ETag_gets_304()
    {
        using var client = _app.Client();
        using var get = await client.GetAsync("/entities/sadio-camara?asOf=2023-07-24");
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/entities/sadio-camara?asOf=2023-07-24"));
        var again = new HttpRequestMessage(HttpMethod.Get, "/entities/sadio-camara?asOf=2023-07-24");
        again.Headers.IfNoneMatch.Add(get.Headers.ETag!);
        using var notModified = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal("public, max-age=3600, stale-while-revalidate=86400, stale-if-error=86400", get.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task The_search_page_is_a_form_without_script_whose_results_link_to_entity_pages()
    {
        using var client = _app.Client();
        var empty = await client.GetStringAsync("/entities");
        var found = await client.GetStringAsync("/entities?q=Sadio+Camara");
        var none = await client.GetStringAsync("/entities?q=zzzzqqq");
        using var tooLong = await client.GetAsync("/entities?q=" + new string('a', 300));

        Assert.Contains("<form class=\"search\" role=\"search\" method=\"get\" action=\"/entities\"><label for=\"q\">Name or alias</label><input id=\"q\" name=\"q\"", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("Results", HtmlText.Visible(empty), StringComparison.Ordinal);
        Assert.Contains("/entities/sadio-camara", HtmlText.Addresses(found));
        Assert.Contains("value=\"Sadio Camara\"", found, StringComparison.Ordinal);
        Assert.Contains("No entity matches zzzzqqq.", HtmlText.Visible(none), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("q: must be at most 256 characters long", HtmlText.Visible(await tooLong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();
}
