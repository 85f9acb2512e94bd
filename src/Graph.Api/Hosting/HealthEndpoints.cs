using Graph.Domain.Store;

namespace Graph.Api.Hosting;

internal static class HealthEndpoints
{
    /// <summary>/ping: a plain-text liveness probe that touches nothing, also the baseline the HTTP benchmark compares GraphQL with.</summary>
    public static WebApplication MapPing(this WebApplication app)
    {
        app.MapGet("/ping", () => Results.Text("pong"));
        return app;
    }

    /// <summary>/health: alive and reading the store, with its counts; 503 when the store cannot be read.</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapGet("/health", async (IGraphStore store, CancellationToken cancellationToken) =>
        {
            try
            {
                var statistics = await store.GetStatisticsAsync(cancellationToken);
                return Results.Ok(new { status = "ok", store = statistics });
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return Results.Json(new { status = "unavailable", error = "The store cannot be read." }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return app;
    }

    /// <summary>Logs where the playground is once the server listens.</summary>
    public static WebApplication AnnouncePlayground(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var address in app.Urls) app.Logger.LogInformation("GraphQL playground: {PlaygroundUrl}", $"{address.TrimEnd('/')}/graphql");
        });
        return app;
    }
}
