using Graph.Api.Lookups;
using Graph.Api.Lookups.Pages;

namespace Graph.Api.Matching.Reconcile;

/// <summary>
/// The service manifests of both versions. Entities are viewed on their page, <c>/entities/{id}</c>, and previewed in
/// the embed card, <c>/embed/entities/{id}</c>, at the card's own size; types are FtM schemata, as yente's are.
/// </summary>
internal static class ReconcileManifests
{
    public const string Name = "Sanctions knowledge graph";

    /// <summary>The schema space yente uses for FtM schemata: types of the same meaning share it, as the specification asks.</summary>
    public const string SchemaSpace = "https://www.opensanctions.org/reference/#schema";

    public static Manifest02Json Version02(string baseUrl) => new(
        ["0.2"], Name, baseUrl + "/entities/", SchemaSpace,
        new ViewJson(baseUrl + "/entities/{{id}}"),
        new Preview02Json(baseUrl + "/embed/entities/{{id}}", EmbedCodes.Width, EmbedCodes.Height),
        new Suggest02Json(Suggest(baseUrl, "entity"), Suggest(baseUrl, "property"), Suggest(baseUrl, "type")),
        ReconcileVocabulary.Types, MatchingLimits.MaxBatch);

    public static Manifest10Json Version10(string baseUrl) => new(
        ["1.0-draft"], Name, new ViewJson(baseUrl + "/entities/{id}"), new Preview10Json(EmbedCodes.Width, EmbedCodes.Height),
        new Suggest10Json(true, true, true), ReconcileVocabulary.Types, MatchingLimits.MaxBatch, StandardizedScore: true);

    private static SuggestServiceJson Suggest(string baseUrl, string what) => new(baseUrl + ReconcileRoutes.Version02, "/suggest/" + what);

    /// <summary>The base address the manifests write, as the lookups' permalinks use it.</summary>
    public static string BaseUrl(HttpContext context) => context.RequestServices.GetRequiredService<PublicAddress>().BaseUrl(context.Request);
}
