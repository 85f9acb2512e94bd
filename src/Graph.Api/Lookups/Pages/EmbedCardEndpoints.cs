using Graph.Api.Security;

namespace Graph.Api.Lookups.Pages;

/// <summary>The embed card <c>GET /embed/entities/{id}</c>: the one route any page may frame.</summary>
internal static class EmbedCardEndpoints
{
    public static WebApplication MapEmbedCards(this WebApplication app)
    {
        var assets = LookupAssets.Load(app.Environment.WebRootFileProvider, "card.css", "card.js");
        assets.MapTo(app);
        app.MapMethods("/embed/entities/{id}", [HttpMethods.Get, HttpMethods.Head],
                (HttpContext context, string id, EntityDossierReader reader, LookupResponder responder, PublicAddress address, TimeProvider clock) =>
                    ServeCardAsync(context, id, assets, reader, responder, address, clock))
            .AllowFraming("*");
        return app;
    }

    private static Task ServeCardAsync(HttpContext context, string id, LookupAssets assets, EntityDossierReader reader, LookupResponder responder, PublicAddress address, TimeProvider clock)
    {
        PageSecurity.ForCard(context);
        if (!LookupQuery.TryReadAsOf(context.Request, out var asOf, out var problem))
        {
            return LookupResponder.WriteAsync(context, ErrorPageRenderer.Card(StatusCodes.Status400BadRequest, "Bad request", problem!, assets, CachePolicies.Refused));
        }
        if (!LookupQuery.IsPlausibleId(id)) return LookupResponder.WriteAsync(context, NotFound(id, assets));
        var at = EntityAddresses.Of(address, context.Request, id, asOf, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return responder.ServeAsync(context, $"card|{id.Length}:{id}|{asOf}|{at.BaseUrl}", async cancellationToken =>
            await reader.ReadAsync(id, asOf, cancellationToken) is { } dossier
                ? LookupAnswer.Html(StatusCodes.Status200OK, EmbedCardRenderer.Render(dossier, at, assets), CachePolicies.For(asOf))
                : NotFound(id, assets));
    }

    private static LookupAnswer NotFound(string id, LookupAssets assets) =>
        ErrorPageRenderer.Card(StatusCodes.Status404NotFound, "Entity not found", ErrorPageRenderer.UnknownEntity(id.Length > 80 ? id[..80] + "…" : id), assets, CachePolicies.NotFound);
}
