using Graph.Api.Errors;
using Graph.Domain.Store;
using Graph.Storage;

namespace Graph.Api.Hosting;

internal static class HealthEndpoints
{
    /// <summary>/ping: a plain-text liveness probe that touches nothing, also the baseline the HTTP benchmark compares GraphQL with.</summary>
    public static WebApplication MapPing(this WebApplication app)
    {
        app.MapGet("/ping", () => Results.Text("pong"));
        return app;
    }

    /// <summary>
    /// /health: which store the service uses, whether it answers, and its counts; 503 when it cannot be read.
    /// /health/ready: readiness, the store's connection alone (no counting); 503 until the store answers.
    /// Neither names a folder of the server: a SQLite store is named by its file name alone.
    /// </summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapGet("/health", async (IGraphStore store, IStoreConnectionCheck check, CancellationToken cancellationToken) =>
        {
            var connection = Public(await check.CheckAsync(cancellationToken));
            if (!connection.Connected) return Unavailable(connection);
            try
            {
                var statistics = await store.GetStatisticsAsync(cancellationToken);
                return Results.Ok(new
                {
                    status = "ok",
                    store = new
                    {
                        connection.Provider, connection.Location, connection.Connected, connection.Detail,
                        statistics.Entities, statistics.Sanctions, statistics.Relationships,
                    },
                });
            }
            // A busy store is the exception handler's 503 BUSY with Retry-After.
            catch (Exception e) when (e is not (OperationCanceledException or StoreBusyException))
            {
                return Unavailable(connection with { Connected = false, Detail = InternalPaths.Redact($"The store cannot be read: {e.Message}") });
            }
        });
        app.MapGet("/health/ready", async (IStoreConnectionCheck check, CancellationToken cancellationToken) =>
        {
            var connection = Public(await check.CheckAsync(cancellationToken));
            return connection.Connected ? Results.Ok(new { status = "ready", store = connection }) : Unavailable(connection);
        });
        return app;
    }

    /// <summary>The connection as the public may see it: paths in its location and detail reduced to file names.</summary>
    private static StoreConnection Public(StoreConnection connection) => connection with
    {
        Location = connection.Provider == StoreProviders.Sqlite ? Path.GetFileName(connection.Location) : InternalPaths.Redact(connection.Location),
        Detail = InternalPaths.Redact(connection.Detail),
    };

    private static IResult Unavailable(StoreConnection connection) =>
        Results.Json(new { status = "unavailable", store = connection }, statusCode: StatusCodes.Status503ServiceUnavailable);
}
