using System.Text.Json;
using Graph.Api.Lookups;

namespace Graph.Api.Matching.Reconcile;

/// <summary>
/// The reconciliation routes. Version 0.2 at <c>/reconcile</c>: the manifest on GET without parameters, queries as
/// <c>queries=</c> (a batch) or <c>query=</c> (one query) on POST (a form) or GET, and <c>/suggest/{entity,property,type}</c>.
/// Version 1.0-draft at <c>/reconcile/1.0</c>: the manifest, <c>POST /match</c> with JSON, <c>/suggest/...</c> and
/// <c>/preview?id=</c>, which redirects to the embed card. Every route answers CORS, preflight included.
/// </summary>
internal static class ReconcileRoutes
{
    public const string Version02 = "/reconcile";
    public const string Version10 = "/reconcile/1.0";

    public static WebApplication MapReconciliation(this WebApplication app)
    {
        string[] reads = [HttpMethods.Get, HttpMethods.Head];
        app.MapMethods(Version02, [HttpMethods.Get, HttpMethods.Head, HttpMethods.Post], Reconcile02Endpoint.HandleAsync).RequireCors(MatchingCors.Policy);
        app.MapMethods(Version02 + "/suggest/entity", reads, (HttpContext c) => ReconcileSuggest.EntitiesAsync(c, version02: true)).RequireCors(MatchingCors.Policy);
        app.MapMethods(Version02 + "/suggest/property", reads, (HttpContext c) => ReconcileSuggest.PropertiesAsync(c, version02: true)).RequireCors(MatchingCors.Policy);
        app.MapMethods(Version02 + "/suggest/type", reads, (HttpContext c) => ReconcileSuggest.TypesAsync(c, version02: true)).RequireCors(MatchingCors.Policy);

        app.MapMethods(Version10, reads, (HttpContext c) =>
            ReconcileAnswers.WriteAsync(c, ReconcileManifests.Version10(ReconcileManifests.BaseUrl(c)), ReconcileJsonContext.Default.Manifest10Json)).RequireCors(MatchingCors.Policy);
        app.MapPost(Version10 + "/match", Match10Async).RequireCors(MatchingCors.Policy);
        app.MapMethods(Version10 + "/suggest/entity", reads, (HttpContext c) => ReconcileSuggest.EntitiesAsync(c, version02: false)).RequireCors(MatchingCors.Policy);
        app.MapMethods(Version10 + "/suggest/property", reads, (HttpContext c) => ReconcileSuggest.PropertiesAsync(c, version02: false)).RequireCors(MatchingCors.Policy);
        app.MapMethods(Version10 + "/suggest/type", reads, (HttpContext c) => ReconcileSuggest.TypesAsync(c, version02: false)).RequireCors(MatchingCors.Policy);
        app.MapMethods(Version10 + "/preview", reads, Preview10).RequireCors(MatchingCors.Policy);
        return app;
    }

    private static async Task Match10Async(HttpContext context)
    {
        using var body = await MatchingBody.ReadJsonAsync(context);
        if (body is null) return;
        var queries = Reconcile10QueryReader.Read(body.RootElement, out var problem);
        if (queries is null)
        {
            await MatchingErrors.BadInputAsync(context, problem!);
            return;
        }
        var candidates = await context.RequestServices.GetRequiredService<ReconcileMatcher>().RunAsync(queries, context.RequestAborted);
        if (candidates is null)
        {
            await MatchingErrors.BusyAsync(context);
            return;
        }
        await ReconcileAnswers.WriteAsync(context, new Reconcile10ResultsJson([.. candidates.Select(c => new Reconcile10CandidatesJson(c))]), ReconcileJsonContext.Default.Reconcile10ResultsJson);
    }

    /// <summary>1.0's preview route, <c>/preview?id={id}</c>: a redirect to the embed card, which any page may frame.</summary>
    private static Task Preview10(HttpContext context)
    {
        var id = context.Request.Query["id"];
        if (id.Count != 1 || !LookupQuery.IsPlausibleId(id[0])) return MatchingErrors.BadInputAsync(context, "id: give the entity's id once, e.g. /reconcile/1.0/preview?id=sadio-camara.");
        context.Response.Redirect(PublicAddress.EmbedPath(id[0]!));
        return Task.CompletedTask;
    }
}
