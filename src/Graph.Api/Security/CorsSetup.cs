namespace Graph.Api.Security;

/// <summary>
/// Cross-origin reads for news pages that embed the graph: GET and POST to /graphql from any origin, without
/// credentials. Only Content-Type and Accept may be sent cross-origin, so a browser never sends an
/// Authorization header to the API from another site: writes stay key-only, from scripts and servers.
/// </summary>
internal static class CorsSetup
{
    /// <summary>The policy of the /graphql endpoint; other endpoints but the JSON lookups (imports, health) have no CORS.</summary>
    public const string GraphQLReadsPolicy = "GraphQLReads";

    /// <summary>The policy of the journalists' JSON lookups (GET /api/...): any origin may read them, and see their ETag.</summary>
    public const string PublicLookupsPolicy = "PublicLookups";

    /// <summary>How long a browser may reuse a preflight answer, to spare embeds one request in two.</summary>
    private static readonly TimeSpan PreflightMaxAge = TimeSpan.FromHours(1);

    /// <summary>Registers the cross-origin policies for GraphQL reads and for the JSON lookups; endpoints opt in with RequireCors.</summary>
    public static IServiceCollection AddGraphCors(this IServiceCollection services) =>
        services.AddCors(cors =>
        {
            cors.AddPolicy(GraphQLReadsPolicy, policy => policy
                .AllowAnyOrigin()
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Content-Type", "Accept")
                // Retry-After is not a safelisted response header: a page's script must see it to back off from a 503.
                .WithExposedHeaders("Retry-After")
                .SetPreflightMaxAge(PreflightMaxAge));
            cors.AddPolicy(PublicLookupsPolicy, policy => policy
                .AllowAnyOrigin()
                .WithMethods(HttpMethods.Get, HttpMethods.Head)
                .WithHeaders("Accept", "If-None-Match")
                .WithExposedHeaders("ETag", "Retry-After")
                .SetPreflightMaxAge(PreflightMaxAge));
        });
}
