using Graph.Api.Security;

namespace Graph.Api.Lookups.Pages;

/// <summary>The embed card <c>GET /embed/entities/{id}</c>: the one route any page may frame.</summary>
internal static class EmbedCardEndpoints
{
    public static WebApplication MapEmbedCards(this WebApplication app)
    {
        var assets = LookupAssets.Load("card.css", "card.js");
        assets.MapTo(app);
        var card = new DossierSurface("card", PageSecurity.ForCard,
            (status, heading, message, cacheControl) => ErrorPageRenderer.Card(status, heading, message, assets, cacheControl),
            (dossier, at) => EmbedCardRenderer.Render(dossier, at, assets));
        app.MapMethods("/embed/entities/{id}", [HttpMethods.Get, HttpMethods.Head],
                (HttpContext context, string id, EntityDossierReader reader, LookupResponder responder, PublicAddress address, TimeProvider clock) =>
                    card.ServeAsync(context, id, reader, responder, address, clock))
            .AllowFraming("*");
        return app;
    }
}
