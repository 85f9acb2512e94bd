using System.Text.Json.Nodes;
using Graph.Api.Lookups.Api;
using Graph.Api.Lookups.Pages;
using Graph.Api.Security;
using Graph.Domain.Store;

namespace Graph.Api.Lookups.OEmbed;

/// <summary>
/// The oEmbed 1.0 provider <c>GET /oembed?url=…&amp;maxwidth=…&amp;maxheight=…&amp;format=json</c>: a <c>rich</c>
/// answer whose <c>html</c> is the embed card's iframe, pinned to the URL's asOf or else to today. 400 without a
/// url, 501 for a format other than JSON, 404 for a url this service does not serve or a size the card cannot fit.
/// </summary>
internal static class OEmbedEndpoints
{
    public const string ProviderName = "Sanctions graph";

    public static WebApplication MapOEmbed(this WebApplication app)
    {
        app.MapMethods("/oembed", [HttpMethods.Get, HttpMethods.Head],
                (HttpContext context, IGraphStore store, LookupResponder responder, PublicAddress address, TimeProvider clock) => ServeAsync(context, store, responder, address, clock))
            .RequireCors(CorsSetup.PublicLookupsPolicy);
        return app;
    }

    private static Task ServeAsync(HttpContext context, IGraphStore store, LookupResponder responder, PublicAddress address, TimeProvider clock)
    {
        var query = context.Request.Query;
        var url = query["url"];
        if (url.Count != 1 || string.IsNullOrWhiteSpace(url[0]))
        {
            return Refuse(context, StatusCodes.Status400BadRequest, "BAD_REQUEST", "url: give the address of an entity page or embed card of this service, once.", CachePolicies.Refused);
        }
        var format = query["format"].ToString();
        if (format.Length > 0 && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(context, StatusCodes.Status501NotImplemented, "FORMAT_NOT_IMPLEMENTED", "format: only json is served.", CachePolicies.Refused);
        }
        if (!OEmbedSize.TryReadBound(query["maxwidth"], out var maxWidth) || !OEmbedSize.TryReadBound(query["maxheight"], out var maxHeight))
        {
            return Refuse(context, StatusCodes.Status400BadRequest, "BAD_REQUEST", "maxwidth, maxheight: give each as a positive whole number of pixels.", CachePolicies.Refused);
        }
        var baseUrl = address.BaseUrl(context.Request);
        if (OEmbedTarget.Parse(url[0]!, baseUrl) is not { } target)
        {
            return Refuse(context, StatusCodes.Status404NotFound, LookupErrors.NotFoundCode, $"url: this service serves entity pages and cards under {baseUrl}/entities/ and {baseUrl}/embed/entities/ only.", CachePolicies.NotFound);
        }
        if (!OEmbedSize.TryFit(maxWidth, maxHeight, out var width, out var height))
        {
            return Refuse(context, StatusCodes.Status404NotFound, LookupErrors.NotFoundCode, $"maxwidth, maxheight: the card needs at least {OEmbedSize.MinWidth} × {OEmbedSize.MinHeight} pixels.", CachePolicies.NotFound);
        }
        var today = clock.Today();
        var key = $"oembed|{target.Id.Length}:{target.Id}|{target.AsOf}|{width}x{height}|{baseUrl}";
        return responder.ServeAsync(context, key, async cancellationToken =>
        {
            if (!(await store.GetEntitiesAsync([target.Id], cancellationToken)).TryGetValue(target.Id, out var entity))
            {
                return LookupErrors.Answer(StatusCodes.Status404NotFound, LookupErrors.NotFoundCode, "url: no entity has this id.", CachePolicies.NotFound);
            }
            var at = EntityAddresses.Of(address, context.Request, target.Id, target.AsOf, today);
            var answer = new JsonObject
            {
                ["type"] = "rich",
                ["version"] = "1.0",
                ["title"] = EntityPageRenderer.Title(entity),
                ["provider_name"] = ProviderName,
                ["provider_url"] = baseUrl + "/entities",
                ["author_name"] = ProviderName,
                ["author_url"] = at.Unpinned,
                ["cache_age"] = CachePolicies.MaxAgeSeconds(target.AsOf),
                ["html"] = EmbedCodes.Iframe(at.Card, entity.Name, width, height),
                ["width"] = width,
                ["height"] = height,
            };
            return LookupAnswer.Json(StatusCodes.Status200OK, System.Text.Encoding.UTF8.GetBytes(answer.ToJsonString()), CachePolicies.For(target.AsOf));
        });
    }

    private static Task Refuse(HttpContext context, int status, string code, string message, string cacheControl) =>
        LookupResponder.WriteAsync(context, LookupErrors.Answer(status, code, message, cacheControl));
}
