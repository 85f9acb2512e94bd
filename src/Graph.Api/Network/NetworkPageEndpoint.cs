using Graph.Api.Errors;
using Graph.Api.Lookups;
using Graph.Api.Lookups.Pages;
using Graph.Domain.Store;

namespace Graph.Api.Network;

/// <summary>
/// <c>GET /entities/{id}/network</c>: the page that draws the entity's network. The server writes its fallback (the
/// entity's name, a link to its entity page, a noscript note) and the view's frame; the bundled script reads the
/// graph from /graphql. An unknown id is the pages' 404.
/// </summary>
internal static class NetworkPageEndpoint
{
    public static WebApplication MapNetworkPage(this WebApplication app)
    {
        // Only for the error pages' stylesheet address: the entity pages map /lookups/page.css itself.
        var pageAssets = LookupAssets.Load("page.css");
        app.MapMethods("/entities/{id}/network", [HttpMethods.Get, HttpMethods.Head],
            (HttpContext context, string id, IGraphStore store, LookupResponder responder, NetworkAssets assets) =>
                ServeAsync(context, id, store, responder, assets, pageAssets));
        return app;
    }

    private static Task ServeAsync(HttpContext context, string id, IGraphStore store, LookupResponder responder, NetworkAssets assets, LookupAssets pageAssets)
    {
        if (!LookupQuery.IsPlausibleId(id)) return Error(context, NotFound(id, pageAssets));
        if (!assets.Built)
        {
            return Error(context, ErrorPageRenderer.Page(StatusCodes.Status503ServiceUnavailable, "Network view not built",
                "The network view's script was not built: build src/Graph.Api, which runs npm in src/Graph.Api/Network/Client.", pageAssets, CachePolicies.Refused));
        }
        NetworkPageSecurity.Apply(context);
        return responder.ServeAsync(context, $"network|{id.Length}:{id}", async cancellationToken =>
        {
            var found = await store.GetEntitiesAsync([id], cancellationToken);
            return found.TryGetValue(id, out var entity)
                ? LookupAnswer.Html(StatusCodes.Status200OK, NetworkPageRenderer.Render(entity, pageAssets.Url("page.css"), assets), CachePolicies.Current)
                : NotFound(id, pageAssets);
        });
    }

    private static Task Error(HttpContext context, LookupAnswer answer)
    {
        PageSecurity.ForPage(context);
        return LookupResponder.WriteAsync(context, answer);
    }

    private static LookupAnswer NotFound(string id, LookupAssets pageAssets) =>
        ErrorPageRenderer.Page(StatusCodes.Status404NotFound, "Entity not found", ErrorPageRenderer.UnknownEntity(MessageText.Shorten(id, 80)), pageAssets, CachePolicies.NotFound);
}
