namespace Graph.Api.Network;

internal static class NetworkExtensions
{
    /// <summary>The network view's services: the addresses of its bundled script and stylesheet.</summary>
    public static IServiceCollection AddNetwork(this IServiceCollection services)
    {
        services.AddSingleton<NetworkAssets>();
        return services;
    }

    /// <summary>The network view <c>GET /entities/{id}/network</c>, whose script and stylesheet are static files under /network/.</summary>
    public static WebApplication MapNetwork(this WebApplication app)
    {
        app.MapNetworkPage();
        return app;
    }
}
