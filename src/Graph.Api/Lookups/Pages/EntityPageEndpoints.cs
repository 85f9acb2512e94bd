using Graph.Domain.Store;

namespace Graph.Api.Lookups.Pages;

/// <summary>The entity page <c>GET /entities/{id}</c>, the search page <c>GET /entities?q=</c>, and their stylesheet and script.</summary>
internal static class EntityPageEndpoints
{
    private const int SearchLimit = 25;

    public static WebApplication MapEntityPages(this WebApplication app)
    {
        var assets = LookupAssets.Load(app.Environment.WebRootFileProvider, "page.css", "page.js");
        assets.MapTo(app);
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        app.MapMethods("/entities/{id}", methods, (HttpContext context, string id, EntityDossierReader reader, LookupResponder responder, PublicAddress address, TimeProvider clock) =>
            ServePageAsync(context, id, assets, reader, responder, address, clock));
        app.MapMethods("/entities", methods, (HttpContext context, IGraphStore store, LookupResponder responder) => ServeSearchAsync(context, assets, store, responder));
        return app;
    }

    private static Task ServePageAsync(HttpContext context, string id, LookupAssets assets, EntityDossierReader reader, LookupResponder responder, PublicAddress address, TimeProvider clock)
    {
        PageSecurity.ForPage(context);
        if (!LookupQuery.TryReadAsOf(context.Request, out var asOf, out var problem))
        {
            return LookupResponder.WriteAsync(context, ErrorPageRenderer.Page(StatusCodes.Status400BadRequest, "Bad request", problem!, assets, CachePolicies.Refused));
        }
        if (!LookupQuery.IsPlausibleId(id)) return LookupResponder.WriteAsync(context, NotFound(id, assets));
        var at = EntityAddresses.Of(address, context.Request, id, asOf, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return responder.ServeAsync(context, $"page|{id.Length}:{id}|{asOf}|{at.BaseUrl}", async cancellationToken =>
            await reader.ReadAsync(id, asOf, cancellationToken) is { } dossier
                ? LookupAnswer.Html(StatusCodes.Status200OK, EntityPageRenderer.Render(dossier, at, assets), CachePolicies.For(asOf))
                : NotFound(id, assets));
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

    private static LookupAnswer NotFound(string id, LookupAssets assets) =>
        ErrorPageRenderer.Page(StatusCodes.Status404NotFound, "Entity not found", ErrorPageRenderer.UnknownEntity(id.Length > 80 ? id[..80] + "…" : id), assets, CachePolicies.NotFound);
}
