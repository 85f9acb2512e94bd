using Graph.Domain.Store;

namespace Graph.Api.Lookups.Pages;

/// <summary>The entity page <c>GET /entities/{id}</c>, the search page <c>GET /entities?q=</c>, and their stylesheet and script.</summary>
internal static class EntityPageEndpoints
{
    private const int SearchLimit = 25;

    public static WebApplication MapEntityPages(this WebApplication app)
    {
        var assets = LookupAssets.Load("page.css", "page.js");
        assets.MapTo(app);
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        var page = new DossierSurface("page", PageSecurity.ForPage,
            (status, heading, message, cacheControl) => ErrorPageRenderer.Page(status, heading, message, assets, cacheControl),
            (dossier, at) => EntityPageRenderer.Render(dossier, at, assets));
        app.MapMethods("/entities/{id}", methods, (HttpContext context, string id, EntityDossierReader reader, LookupResponder responder, PublicAddress address, TimeProvider clock) =>
            page.ServeAsync(context, id, reader, responder, address, clock));
        app.MapMethods("/entities", methods, (HttpContext context, IGraphStore store, LookupResponder responder) => ServeSearchAsync(context, assets, store, responder));
        return app;
    }

    private static Task ServeSearchAsync(HttpContext context, LookupAssets assets, IGraphStore store, LookupResponder responder)
    {
        PageSecurity.ForPage(context);
        if (!LookupQuery.TryReadSearchText(context.Request, out var query, out var problem))
        {
            return LookupResponder.WriteAsync(context, ErrorPageRenderer.Page(StatusCodes.Status400BadRequest, "Bad request", problem!, assets, CachePolicies.Refused));
        }
        if (string.IsNullOrEmpty(query))
        {
            return LookupResponder.WriteAsync(context, LookupAnswer.Html(StatusCodes.Status200OK, SearchPageRenderer.Render(null, null, assets), CachePolicies.Current));
        }
        return responder.ServeAsync(context, $"search|{query}", async cancellationToken =>
        {
            var hits = await store.SearchAsync(new SearchQuery(query, [], SearchLimit), cancellationToken);
            return LookupAnswer.Html(StatusCodes.Status200OK, SearchPageRenderer.Render(query, hits, assets), CachePolicies.Current);
        });
    }
}
