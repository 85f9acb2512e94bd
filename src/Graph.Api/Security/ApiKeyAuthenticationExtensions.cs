using Microsoft.AspNetCore.Authentication;

namespace Graph.Api.Security;

internal static class ApiKeyAuthenticationExtensions
{
    /// <summary>API-key authentication for writes, keys from <c>Auth:ApiKeys</c>; reads stay public.</summary>
    public static IServiceCollection AddApiKeyAuthentication(this IServiceCollection services)
    {
        services.AddOptions<ApiKeyOptions>().BindConfiguration(ApiKeyOptions.Section);
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        return services;
    }

    /// <summary>Warns at start when no API key is configured, so that refused writes do not come as a surprise.</summary>
    public static WebApplication WarnWithoutApiKeys(this WebApplication app)
    {
        var keys = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApiKeyOptions>>().Value.ApiKeys;
        if (!keys.Any(k => !string.IsNullOrWhiteSpace(k)))
        {
            app.Logger.LogWarning("No API key is configured (Auth:ApiKeys): every write, mutation or upload, is refused; reads are public");
        }
        return app;
    }
}
