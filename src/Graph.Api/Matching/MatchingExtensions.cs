using Graph.Api.Matching.Reconcile;
using Graph.Api.Matching.Yente;

namespace Graph.Api.Matching;

internal static class MatchingExtensions
{
    /// <summary>The matching routes' services: the batch runner over the store's <c>EntityMatcher</c>, and their CORS policy.</summary>
    public static IServiceCollection AddMatching(this IServiceCollection services)
    {
        services.AddSingleton<MatchBatch>();
        services.AddSingleton<ReconcileMatcher>();
        services.AddMatchingCors();
        return services;
    }

    /// <summary>
    /// The matching routes, readable from any origin and needing no key: yente's <c>POST /match/{dataset}</c>, and OpenRefine
    /// reconciliation, version 0.2 at <c>/reconcile</c> and 1.0-draft at <c>/reconcile/1.0</c>.
    /// </summary>
    public static WebApplication MapMatching(this WebApplication app)
    {
        app.MapPost("/match/{dataset}", YenteMatchEndpoint.HandleAsync).RequireCors(MatchingCors.Policy);
        app.MapReconciliation();
        return app;
    }
}
