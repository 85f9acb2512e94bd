using Graph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Infrastructure;

/// <summary>
/// A class fixture: the real service on real Kestrel over a fresh database of its own, seeded as usual, with the
/// <see cref="HubGraph"/> written through its store once it has started (a hub that arrives with an import, after the
/// service has read its statistics, is what an attacker finds). Derive to pass settings such as
/// <c>Limits:ExecutionTimeoutSeconds</c>.
/// </summary>
public class HubGraphApp : IAsyncLifetime
{
    public HubGraphApp()
        : this([])
    {
    }

    protected HubGraphApp(Dictionary<string, string?> settings) => App = new GraphApp(settings);

    public GraphApp App { get; }

    /// <summary>A client without a timeout of its own: each attack says how long it waits.</summary>
    public HttpClient Client() => new() { BaseAddress = App.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };

    public async Task InitializeAsync() => await HubGraph.WriteAsync(App.Services);

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}
