using System.Text.Json;
using Graph.Domain.Store;

namespace Graph.Api.Lookups.Api;

/// <summary>
/// <c>GET /api/search?q=…&amp;kind=…&amp;limit=…&amp;asOf=…</c> (and HEAD): the entities whose names match, best first,
/// each with a summary of its sanctions and the addresses to look it up; cached and ETagged like every lookup.
/// </summary>
internal static class SearchLookupEndpoint
{
    public static Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (!SearchParameters.TryRead(request, out var parameters, out var problem)) return LookupErrors.WriteBadInputAsync(context, problem!);

        var services = context.RequestServices;
        var baseUrl = services.GetRequiredService<PublicAddress>().BaseUrl(request);
        var asOf = parameters.AsOf is { } day ? LookupQuery.Format(day) : "-";
        var kinds = string.Join(',', parameters.Kinds.Select(GraphQLKinds.Name));
        // The text last, since it alone may hold any character.
        var key = string.Join('\n', "api/search", baseUrl, asOf, kinds, parameters.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture), parameters.Text);
        var store = services.GetRequiredService<IGraphStore>();
        var clock = services.GetRequiredService<TimeProvider>();
        return services.GetRequiredService<LookupResponder>().ServeAsync(context, key,
            cancellationToken => RenderAsync(store, clock, parameters, baseUrl, cancellationToken));
    }

    private static async Task<LookupAnswer> RenderAsync(IGraphStore store, TimeProvider clock, SearchParameters parameters, string baseUrl, CancellationToken cancellationToken)
    {
        var asOf = parameters.AsOf;
        var suffix = asOf is { } day ? "?asOf=" + LookupQuery.Format(day) : "";
        var results = await SearchLookupReader.ReadAsync(store, parameters, clock.Today(),
            id => new SearchLinksJson(baseUrl + PublicAddress.EntityPath(id, asOf), baseUrl + "/api/entities/" + Uri.EscapeDataString(id) + suffix),
            cancellationToken);
        var json = new SearchLookupJson(parameters.Text, [.. parameters.Kinds.Select(GraphQLKinds.Name)], parameters.Limit,
            asOf is { } pinned ? LookupQuery.Format(pinned) : null, results);
        return LookupAnswer.Json(StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(json, LookupJsonContext.Default.SearchLookupJson), CachePolicies.For(asOf));
    }
}
