using Graph.Api.Lookups.Component;
using Graph.Api.Security;

// In the namespace of MapLookups, which calls it.
namespace Graph.Api.Lookups;

internal static class EmbedScriptExtensions
{
    /// <summary>
    /// <c>GET /embed.js</c> (and HEAD): the <c>&lt;sanctions-entity&gt;</c> web component, a classic script. Readable
    /// from any origin, so that a newsroom may load it with <c>crossorigin</c> and Subresource Integrity.
    /// </summary>
    public static IEndpointRouteBuilder MapEmbedScript(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/embed.js", [HttpMethods.Get, HttpMethods.Head], context => LookupResponder.WriteAsync(context, EmbedScript.Answer))
            .RequireCors(CorsSetup.PublicLookupsPolicy);
        return app;
    }
}
