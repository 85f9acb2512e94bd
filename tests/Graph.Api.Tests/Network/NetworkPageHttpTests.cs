using System.Net;
using Graph.Api.Tests.Infrastructure;
using Graph.Api.Tests.Lookups.Pages;

namespace Graph.Api.Tests.Network;

/// <summary>The network page over HTTP: its fallback for readers without scripts, its headers, HEAD, its 404, and a hostile name escaped.</summary>
public sealed class NetworkPageHttpTests : IAsyncLifetime
{
    private readonly GraphApp _app = new();

    public Task InitializeAsync() => HostileGraph.WriteAsync(_app.Services);

    [Fact]
    public async Task The_page_of_Sadio_Camara_names_him_links_his_entity_page_and_loads_only_its_own_bundled_script()
    {
        using var client = _app.Client();
        using var response = await client.GetAsync("/entities/sadio-camara/network");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var text = HtmlText.Visible(html);
        Assert.Contains("Network of Sadio Camara", text, StringComparison.Ordinal);
        Assert.Contains("Entity page of Sadio Camara", text, StringComparison.Ordinal);
        Assert.Contains("<noscript>", html, StringComparison.Ordinal);
        Assert.Contains("data-entity=\"sadio-camara\"", html, StringComparison.Ordinal);
        var addresses = HtmlText.Addresses(html);
        Assert.Contains("/entities/sadio-camara", addresses);
        var scripts = addresses.Where(a => a.Contains(".js", StringComparison.Ordinal)).ToList();
        Assert.Equal(["/network/network.js"], scripts.Select(s => s.Split('?')[0]));
        Assert.DoesNotContain(addresses, a => a.StartsWith("http", StringComparison.Ordinal) && !a.StartsWith(_app.BaseAddress.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_page_forbids_inline_code_eval_other_origins_and_framing()
    {
        using var client = _app.Client();
        using var response = await client.GetAsync("/entities/sadio-camara/network");

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        foreach (var directive in new[] { "default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "frame-ancestors 'none'", "base-uri 'none'" })
        {
            Assert.Contains(directive, policy, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task HEAD_answers_the_headers_of_GET_without_a_body()
    {
        using var client = _app.Client();
        using var get = await client.GetAsync("/entities/sadio-camara/network");
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/entities/sadio-camara/network"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_bundled_script_and_stylesheet_are_served_from_this_origin()
    {
        using var client = _app.Client();
        using var script = await client.GetAsync("/network/network.js");
        using var stylesheet = await client.GetAsync("/network/network.css");

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        Assert.Contains("cytoscape", await script.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, stylesheet.StatusCode);
        Assert.Equal("text/css", stylesheet.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_unknown_id_is_a_404_page_that_says_so()
    {
        using var client = _app.Client();
        using var response = await client.GetAsync("/entities/no-such-entity/network");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("No entity has the id “no-such-entity”", HtmlText.Visible(html), StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task The_entity_page_route_beside_it_still_serves_the_entity_page_which_links_its_network_view()
    {
        using var client = _app.Client();
        var html = await client.GetStringAsync("/entities/sadio-camara");

        Assert.Contains("Sadio Camara: sanctions and ties", html, StringComparison.Ordinal);
        Assert.Contains("/entities/sadio-camara/network", HtmlText.Addresses(html));
    }

    [Fact]
    public async Task A_page_pinned_to_a_day_opens_the_network_view_on_that_day_and_search_results_link_their_views()
    {
        using var client = _app.Client();
        var pinned = await client.GetStringAsync("/entities/sadio-camara?asOf=2023-07-23");
        var search = await client.GetStringAsync("/entities?q=Sadio+Camara");

        Assert.Contains("/entities/sadio-camara/network#asOf=2023-07-23", HtmlText.Addresses(pinned));
        Assert.DoesNotContain("/entities/sadio-camara/network", HtmlText.Addresses(pinned));
        Assert.Contains("/entities/sadio-camara/network", HtmlText.Addresses(search));
    }

    [Fact]
    public async Task A_hostile_name_is_escaped_in_the_fallback_and_in_the_data_attribute()
    {
        using var client = _app.Client();
        var html = await client.GetStringAsync($"/entities/{HostileGraph.TargetId}/network");

        Assert.Contains($"Network of {HostileGraph.ScriptName}", HtmlText.Visible(html), StringComparison.Ordinal);
        Assert.DoesNotContain(HostileGraph.ScriptName, html, StringComparison.Ordinal);
        Assert.Equal(1, html.Split("<script").Length - 1);
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }
}
