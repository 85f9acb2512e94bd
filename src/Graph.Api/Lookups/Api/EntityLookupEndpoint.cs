using System.Text.Json;

namespace Graph.Api.Lookups.Api;

/// <summary>
/// <c>GET /api/entities/{id}?asOf=YYYY-MM-DD</c> (and HEAD): the entity's dossier as JSON, served by
/// <see cref="LookupResponder"/> from its cache while the store is unchanged, with a strong ETag.
/// </summary>
internal static class EntityLookupEndpoint
{
    public static Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (!LookupQuery.TryReadAsOf(request, out var asOf, out var problem)) return LookupErrors.WriteBadInputAsync(context, problem!);
        var id = request.RouteValues["id"] as string;
        if (!LookupQuery.IsPlausibleId(id)) return LookupResponder.WriteAsync(context, LookupErrors.NotFound(id ?? ""));

        var services = context.RequestServices;
        var baseUrl = services.GetRequiredService<PublicAddress>().BaseUrl(request);
        // Everything the bytes depend on but the store and the day; the id last, since it alone may hold any character.
        var key = string.Concat("api/entities\n", baseUrl, "\n", asOf is { } day ? LookupQuery.Format(day) : "-", "\n", id);
        var reader = services.GetRequiredService<EntityDossierReader>();
        return services.GetRequiredService<LookupResponder>().ServeAsync(context, key,
            cancellationToken => RenderAsync(reader, baseUrl, id!, asOf, cancellationToken));
    }

    private static async Task<LookupAnswer> RenderAsync(EntityDossierReader reader, string baseUrl, string id, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var dossier = await reader.ReadAsync(id, asOf, cancellationToken);
        if (dossier is null) return LookupErrors.NotFound(id);
        var json = EntityLookupMapper.Map(dossier, Links(baseUrl, dossier.Entity.Id, asOf));
        return LookupAnswer.Json(StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(json, LookupJsonContext.Default.EntityLookupJson), CachePolicies.For(asOf));
    }

    private static EntityLinksJson Links(string baseUrl, string id, DateOnly? asOf)
    {
        var page = baseUrl + PublicAddress.EntityPath(id, asOf);
        return new EntityLinksJson(page, baseUrl + PublicAddress.EmbedPath(id, asOf), PublicAddress.OEmbedAddress(baseUrl, page));
    }
}
