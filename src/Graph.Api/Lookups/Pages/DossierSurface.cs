using Graph.Api.Errors;

namespace Graph.Api.Lookups.Pages;

/// <summary>
/// One HTML surface of an entity's dossier, the page or the card: its security headers, its checks of asOf and the
/// id, and its answer, cached by <see cref="LookupResponder"/> under the surface's name.
/// </summary>
/// <param name="Name">The surface's name in cache keys.</param>
/// <param name="Secure">Sets the surface's Content-Security-Policy.</param>
/// <param name="ErrorPage">Renders an error (status, heading, message, Cache-Control) in the surface's style.</param>
/// <param name="Render">Renders the dossier, with the addresses of its surfaces.</param>
internal sealed record DossierSurface(
    string Name,
    Action<HttpContext> Secure,
    Func<int, string, string, string, LookupAnswer> ErrorPage,
    Func<EntityDossier, EntityAddresses, string> Render)
{
    public Task ServeAsync(HttpContext context, string id, EntityDossierReader reader, LookupResponder responder, PublicAddress address, TimeProvider clock)
    {
        Secure(context);
        if (!LookupQuery.TryReadAsOf(context.Request, out var asOf, out var problem))
        {
            return LookupResponder.WriteAsync(context, ErrorPage(StatusCodes.Status400BadRequest, "Bad request", problem!, CachePolicies.Refused));
        }
        if (!LookupQuery.IsPlausibleId(id)) return LookupResponder.WriteAsync(context, NotFound(id));
        var at = EntityAddresses.Of(address, context.Request, id, asOf, clock.Today());
        return responder.ServeAsync(context, $"{Name}|{id.Length}:{id}|{asOf}|{at.BaseUrl}", async cancellationToken =>
            await reader.ReadAsync(id, asOf, cancellationToken) is { } dossier
                ? LookupAnswer.Html(StatusCodes.Status200OK, Render(dossier, at), CachePolicies.For(asOf))
                : NotFound(id));
    }

    private LookupAnswer NotFound(string id) =>
        ErrorPage(StatusCodes.Status404NotFound, "Entity not found", ErrorPageRenderer.UnknownEntity(MessageText.Shorten(id, 80)), CachePolicies.NotFound);
}
