namespace Graph.Api.Matching;

/// <summary>
/// Cross-origin access to every matching route, which the reconciliation specification requires of all of a service's
/// routes alike: any origin, without credentials, reading and posting JSON or forms. The routes are read-only and need
/// no key, so a page's script gains nothing by calling them that a server could not.
/// </summary>
internal static class MatchingCors
{
    public const string Policy = "PublicMatching";

    private static readonly TimeSpan PreflightMaxAge = TimeSpan.FromHours(1);

    public static IServiceCollection AddMatchingCors(this IServiceCollection services) =>
        services.AddCors(cors => cors.AddPolicy(Policy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head, HttpMethods.Post)
            .WithHeaders("Content-Type", "Accept")
            .WithExposedHeaders("Retry-After", "x-batch-size")
            .SetPreflightMaxAge(PreflightMaxAge)));
}
