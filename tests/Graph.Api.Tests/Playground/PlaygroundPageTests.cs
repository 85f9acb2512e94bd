using System.Net;
using System.Text.RegularExpressions;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Playground;

/// <summary>The playground page over real HTTP: its own Content-Security-Policy, and no copy of it served without one.</summary>
public sealed partial class PlaygroundPageTests : IDisposable
{
    private readonly GraphApp _app = new();

    [Fact]
    public async Task The_playground_page_carries_a_policy_that_allows_only_its_own_bundle()
    {
        var (response, page) = await GetPlaygroundAsync();
        using var _ = response;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");
        var nonce = Assert.Single(NonceMeta().Matches(page)).Groups["nonce"].Value;

        Assert.Equal("'none'", directives["default-src"]);
        Assert.Equal("'self'", directives["script-src"]);
        Assert.Equal($"'self' 'nonce-{nonce}'", directives["style-src"]);
        Assert.Equal("'self' data:", directives["img-src"]);
        Assert.Equal("'self'", directives["connect-src"]);
        foreach (var none in new[] { "frame-ancestors", "base-uri", "form-action", "object-src" }) Assert.Equal("'none'", directives[none]);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("*", policy, StringComparison.Ordinal);
        // script-src 'self' holds only because every script is a bundled file.
        Assert.All(ScriptTag().Matches(page), script => Assert.Matches("^<script src=\"/playground/[a-z]+\\.js\"></script>$", script.Value));
        Assert.DoesNotContain("{{", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_playground_response_has_a_nonce_of_its_own_and_is_not_stored()
    {
        var nonces = new HashSet<string>();
        for (var i = 0; i < 3; i++)
        {
            var (response, page) = await GetPlaygroundAsync();
            using var _ = response;
            Assert.True(response.Headers.CacheControl?.NoStore, "The page must not be stored: its nonce is for one response.");
            var nonce = Assert.Single(NonceMeta().Matches(page)).Groups["nonce"].Value;
            Assert.True(Convert.FromBase64String(nonce).Length >= 16, $"A nonce of {nonce} is too short to be unguessable.");
            nonces.Add(nonce);
        }

        Assert.Equal(3, nonces.Count);
    }

    [Theory]
    [InlineData("/playground/index.html")]
    [InlineData("/playground/index.html.template")]
    public async Task The_page_is_not_served_as_a_static_file_without_its_policy(string path)
    {
        using var http = _app.Client();
        using var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/playground/playground.js", "text/javascript")]
    [InlineData("/playground/playground.css", "text/css")]
    public async Task The_bundled_assets_are_served_from_this_origin(string path, string mediaType)
    {
        using var http = _app.Client();
        using var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    public void Dispose() => _app.Dispose();

    private async Task<(HttpResponseMessage Response, string Page)> GetPlaygroundAsync()
    {
        using var http = _app.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");
        var response = await http.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("<meta property=\"csp-nonce\" nonce=\"(?<nonce>[A-Za-z0-9+/=]+)\" />")]
    private static partial Regex NonceMeta();

    [GeneratedRegex("<script[^>]*>[^<]*</script>")]
    private static partial Regex ScriptTag();
}
