using System.Net;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Lookups.Pages;

/// <summary>The security headers of every surface over HTTP: a CSP without unsafe-inline, nosniff, a Referrer-Policy, and framing on the card only.</summary>
public sealed class SecurityHeaderTests : IDisposable
{
    private readonly GraphApp _app = new();

    [Theory]
    [InlineData("/entities/sadio-camara", 200)]
    [InlineData("/entities/sadio-camara?asOf=2023-07-24", 200)]
    [InlineData("/entities", 200)]
    [InlineData("/entities?q=camara", 200)]
    [InlineData("/entities/no-such-entity", 404)]
    [InlineData("/entities/sadio-camara?asOf=soon", 400)]
    public async Task Every_page_has_a_strict_CSP_and_refuses_to_be_framed(string path, int status)
    {
        using var client = _app.Client();
        using var response = await client.GetAsync(path);

        Assert.Equal(status, (int)response.StatusCode);
        var csp = AssertStrictPolicy(response);
        Assert.EndsWith("; frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Theory]
    [InlineData("/embed/entities/sadio-camara", 200)]
    [InlineData("/embed/entities/sadio-camara?asOf=2023-07-23", 200)]
    [InlineData("/embed/entities/no-such-entity", 404)]
    [InlineData("/embed/entities/sadio-camara?asOf=soon", 400)]
    public async Task The_card_has_a_strict_CSP_that_lets_any_page_frame_it(string path, int status)
    {
        using var client = _app.Client();
        using var response = await client.GetAsync(path);

        Assert.Equal(status, (int)response.StatusCode);
        var csp = AssertStrictPolicy(response);
        Assert.EndsWith("; frame-ancestors *", csp, StringComparison.Ordinal);
        Assert.Contains("form-action 'none'", csp, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Frame-Options"), "X-Frame-Options would forbid what frame-ancestors * allows");
    }

    [Fact]
    public async Task The_stylesheets_and_scripts_the_surfaces_link_to_are_served_with_an_ETag_and_a_Cache_Control()
    {
        using var client = _app.Client();
        var page = await client.GetStringAsync("/entities/sadio-camara");
        var card = await client.GetStringAsync("/embed/entities/sadio-camara");
        var assets = HtmlText.Addresses(page).Concat(HtmlText.Addresses(card)).Where(a => a.StartsWith("/lookups/", StringComparison.Ordinal)).Distinct().ToList();

        Assert.Equal(4, assets.Count);
        foreach (var asset in assets)
        {
            using var response = await client.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("public, max-age=86400, stale-while-revalidate=604800", response.Headers.CacheControl!.ToString());
            Assert.NotNull(response.Headers.ETag);
            Assert.Equal(asset.Contains(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task The_oembed_answer_has_nosniff_a_Referrer_Policy_and_no_framing()
    {
        using var client = _app.Client();
        using var response = await client.GetAsync("/oembed?url=" + Uri.EscapeDataString(new Uri(_app.BaseAddress, "/entities/sadio-camara").ToString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    private static string AssertStrictPolicy(HttpResponseMessage response)
    {
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.StartsWith("default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; base-uri 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        return csp;
    }

    public void Dispose() => _app.Dispose();
}
