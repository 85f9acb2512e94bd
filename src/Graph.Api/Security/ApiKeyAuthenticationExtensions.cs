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
}
