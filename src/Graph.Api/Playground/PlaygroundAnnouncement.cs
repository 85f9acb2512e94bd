namespace Graph.Api.Playground;

internal static class PlaygroundAnnouncement
{
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
