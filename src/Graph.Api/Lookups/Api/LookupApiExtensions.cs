using Graph.Api.Lookups.Api;
using Graph.Api.Security;

// In the namespace of MapLookups, which calls it.
namespace Graph.Api.Lookups;

internal static class LookupApiExtensions
{
    /// <summary>
    /// The JSON lookups for CMS plug-ins and scripts, GET and HEAD, readable from any origin:
    /// <c>/api/entities/{id}</c> and <c>/api/search</c>, both with <c>?asOf=YYYY-MM-DD</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapLookupApi(this IEndpointRouteBuilder app)
    {
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        app.MapMethods("/api/entities/{id}", methods, EntityLookupEndpoint.HandleAsync).RequireCors(CorsSetup.PublicLookupsPolicy);
        app.MapMethods("/api/search", methods, SearchLookupEndpoint.HandleAsync).RequireCors(CorsSetup.PublicLookupsPolicy);
        return app;
    }
}
