using Graph.Domain.Store;
using Graph.Storage.Neo4j.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Storage.Neo4j.Tests.Store;

public sealed class ServiceRegistrationTests
{
    private static IEnumerable<string> Failures(Neo4jStoreOptions options) =>
        new ServiceCollection().AddNeo4jGraphStore()
            .Where(d => d.ServiceType == typeof(IValidateOptions<Neo4jStoreOptions>))
            .Select(d => ((IValidateOptions<Neo4jStoreOptions>)d.ImplementationInstance!).Validate(Options.DefaultName, options))
            .Where(r => r.Failed)
            .SelectMany(r => r.Failures ?? []);

    [Fact]
    public void A_missing_uri_is_refused_naming_the_key()
    {
        var failure = Assert.Single(Failures(new Neo4jStoreOptions()));

        Assert.Contains("Store:Neo4j:Uri", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bolt_uri_is_refused_naming_the_key()
    {
        var failure = Assert.Single(Failures(new Neo4jStoreOptions { Uri = new Uri("bolt://localhost:7687") }));

        Assert.Contains("Store:Neo4j:Uri", failure, StringComparison.Ordinal);
        Assert.Contains("http://", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void An_http_uri_passes() =>
        Assert.Empty(Failures(new Neo4jStoreOptions { Uri = new Uri("http://localhost:7474") }));

    [Fact]
    public void The_store_runs_on_the_query_api_client_unless_a_runner_is_registered_first()
    {
        var fake = new FakeCypherRunner();
        var plain = new ServiceCollection().AddNeo4jGraphStore();
        var substituted = new ServiceCollection().AddSingleton<ICypherRunner>(fake).AddNeo4jGraphStore();

        Assert.Contains(plain, d => d.ServiceType == typeof(QueryApiClient));
        Assert.Single(plain, d => d.ServiceType == typeof(ICypherRunner));
        Assert.Same(fake, Assert.Single(substituted, d => d.ServiceType == typeof(ICypherRunner)).ImplementationInstance);
        var store = Assert.Single(substituted, d => d.ServiceType == typeof(IGraphStore)).ImplementationFactory!(new Resolver(fake));
        Assert.IsType<Neo4jGraphStore>(store);
    }

    private sealed class Resolver(ICypherRunner runner) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(ICypherRunner) ? runner : null;
    }
}
