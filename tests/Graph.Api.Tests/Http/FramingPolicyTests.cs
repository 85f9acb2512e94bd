using Graph.Api.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace Graph.Api.Tests.Http;

/// <summary>The default framing rules give way to an endpoint that states its own, as an embed route or the playground will.</summary>
public sealed class FramingPolicyTests : IAsyncLifetime
{
    private WebApplication? _app;

    [Fact]
    public async Task An_endpoint_that_allows_framing_gets_its_frame_ancestors_and_no_x_frame_options()
    {
        using var client = await StartAsync();

        using var response = await client.GetAsync("/embed");

        Assert.Equal("frame-ancestors *", string.Join(", ", response.Headers.GetValues("Content-Security-Policy")));
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.Equal("nosniff", string.Join(", ", response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task A_policy_the_endpoint_set_itself_is_kept_and_the_other_headers_still_come()
    {
        using var client = await StartAsync();

        using var response = await client.GetAsync("/own");

        Assert.Equal("default-src 'self'; frame-ancestors 'none'", string.Join(", ", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("DENY", string.Join(", ", response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", string.Join(", ", response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public void A_frame_ancestors_list_that_would_inject_another_directive_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => FramingPolicy.AllowFrom("* ; script-src *"));

        Assert.Contains("frame-ancestors", error.Message, StringComparison.Ordinal);
    }

    private async Task<HttpClient> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        _app = builder.Build();
        _app.UseSecurityHeaders();
        _app.MapGet("/embed", () => "embedded").AllowFraming("*");
        _app.MapGet("/own", (HttpContext context) =>
        {
            context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'";
            return "own";
        });
        await _app.StartAsync();
        return _app.GetTestClient();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
