using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.GraphQL;

/// <summary>A limit that would switch a bound off stops the service at start, saying which key and why.</summary>
public sealed class LimitsValidationTests
{
    [Theory]
    [InlineData("Limits:ExecutionTimeoutSeconds", "0")]
    [InlineData("Limits:MaxCost", "-1")]
    [InlineData("Limits:MaxResponseObjects", "0")]
    [InlineData("Limits:DocumentCacheBytes", "0")]
    public void A_limit_that_switches_a_bound_off_is_refused_at_start(string key, string value)
    {
        using var app = new GraphApp(new() { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => app.Client());

        Assert.True(error.ToString().Contains(key, StringComparison.Ordinal), error.ToString());
    }
}
