using System.Net;
using Graph.Api.Tests.Infrastructure;
using Graph.Api.Tests.Lookups.Api;

namespace Graph.Api.Tests.Lookups.Component;

/// <summary>GET /embed.js: the component's script, served from memory as JavaScript, cached, ETagged and readable from any origin.</summary>
public sealed class EmbedScriptTests : IDisposable
{
    private readonly GraphApp _app = new();
    private readonly HttpClient _client;

    public EmbedScriptTests() => _client = _app.Client();

    [Fact]
    public async Task The_script_is_JavaScript_with_a_Cache_Control_an_ETag_and_a_304_on_revalidation()
    {
        var script = await LookupHttp.SendAsync(_client, "/embed.js", null, ("Origin", "https://news.example"));
        var again = await LookupHttp.SendAsync(_client, "/embed.js", null, ("If-None-Match", script.ETag!));
        var head = await LookupHttp.SendAsync(_client, "/embed.js", HttpMethod.Head);

        Assert.Equal(HttpStatusCode.OK, script.Status);
        Assert.Equal("text/javascript; charset=utf-8", script.Header("Content-Type"));
        Assert.Equal("public, max-age=3600, stale-while-revalidate=86400, stale-if-error=86400", script.Header("Cache-Control"));
        Assert.Equal("nosniff", script.Header("X-Content-Type-Options"));
        Assert.Equal("*", script.Header("Access-Control-Allow-Origin"));
        Assert.Contains("customElements.define('sanctions-entity'", script.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, again.Status);
        Assert.Equal("", head.Text);
        Assert.Equal(script.ETag, head.ETag);
    }

    [Fact]
    public async Task The_script_builds_its_nodes_as_text_and_sets_no_inline_style()
    {
        var script = (await LookupHttp.SendAsync(_client, "/embed.js")).Text;

        foreach (var risky in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "setAttribute('style'", ".cssText" })
        {
            Assert.DoesNotContain(risky, script, StringComparison.Ordinal);
        }
        Assert.Contains("replaceSync", script, StringComparison.Ordinal);
        Assert.Contains("adoptedStyleSheets", script, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }
}
