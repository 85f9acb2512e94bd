using System.Runtime.CompilerServices;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Infrastructure;

/// <summary>
/// Wraps the real store and runs <see cref="Before"/> ahead of every read and write, with the method's name and
/// the token it was given: a test makes it block until released, or throw, to see what the HTTP edge answers.
/// Start-up (InitializeAsync, the seed's statistics and write) is never intercepted.
/// </summary>
public sealed class InterceptingStore(IGraphStore inner) : IGraphStore
{
    /// <summary>Runs before each call once <see cref="Armed"/>; the default lets every call through.</summary>
    public Func<string, CancellationToken, Task> Before { get; set; } = (_, _) => Task.CompletedTask;

    /// <summary>False until the test arms it, so that the service starts and seeds unhindered.</summary>
    public bool Armed { get; set; }

    /// <summary>Replaces the registered store with an intercepting wrapper around it.</summary>
    public static Action<IServiceCollection> Around(Action<InterceptingStore> expose) => services =>
    {
        var original = services.Last(d => d.ServiceType == typeof(IGraphStore));
        services.Remove(original);
        services.AddSingleton<IGraphStore>(sp =>
        {
            var intercepting = new InterceptingStore((IGraphStore)original.ImplementationFactory!(sp));
            expose(intercepting);
            return intercepting;
        });
    };

    /// <summary>A hook that blocks every call of <paramref name="method"/> until <paramref name="release"/> completes or the call is cancelled.</summary>
    public static Func<string, CancellationToken, Task> Blocking(string method, Task release, TaskCompletionSource? entered = null) =>
        async (called, cancellationToken) =>
        {
            if (called != method) return;
            entered?.TrySetResult();
            await release.WaitAsync(cancellationToken);
        };

    /// <summary>A hook that throws <paramref name="error"/> from every call of <paramref name="method"/>.</summary>
    public static Func<string, CancellationToken, Task> Throwing(string method, Func<Exception> error) =>
        (called, _) => called == method ? Task.FromException(error()) : Task.CompletedTask;

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);
    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => Run(() => inner.GetEntitiesAsync(ids, cancellationToken), cancellationToken);
    public Task<IReadOnlyDictionary<string, Sanction>> GetSanctionsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => Run(() => inner.GetSanctionsAsync(ids, cancellationToken), cancellationToken);
    public Task<IReadOnlyDictionary<string, Relationship>> GetRelationshipsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => Run(() => inner.GetRelationshipsByIdAsync(ids, cancellationToken), cancellationToken);
    public Task<IReadOnlyList<string>> ListActiveSanctionIdsAsync(string dataset, CancellationToken cancellationToken = default) => Run(() => inner.ListActiveSanctionIdsAsync(dataset, cancellationToken), cancellationToken);
    public Task<IReadOnlyDictionary<string, string>> ResolveNamesAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken = default) => Run(() => inner.ResolveNamesAsync(names, cancellationToken), cancellationToken);
    public Task<Page<DesignationChange>> ListChangesAsync(ChangeFilter filter, PageRequest page, CancellationToken cancellationToken = default) => Run(() => inner.ListChangesAsync(filter, page, cancellationToken), cancellationToken);
    public Task<IReadOnlyList<Sanction>> GetSanctionsTargetingAsync(IReadOnlyCollection<string> entityIds, SanctionTiming timing, CancellationToken cancellationToken = default) => Run(() => inner.GetSanctionsTargetingAsync(entityIds, timing, cancellationToken), cancellationToken);
    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(IReadOnlyCollection<string> entityIds, RelationshipFilter filter, CancellationToken cancellationToken = default) => Run(() => inner.GetRelationshipsAsync(entityIds, filter, cancellationToken), cancellationToken);
    public Task<Page<Entity>> ListEntitiesAsync(EntityFilter filter, PageRequest page, CancellationToken cancellationToken = default) => Run(() => inner.ListEntitiesAsync(filter, page, cancellationToken), cancellationToken);
    public Task<Page<Sanction>> ListSanctionsAsync(SanctionFilter filter, PageRequest page, CancellationToken cancellationToken = default) => Run(() => inner.ListSanctionsAsync(filter, page, cancellationToken), cancellationToken);
    public Task<SanctionDiff> DiffSanctionsAsync(SanctionDiffQuery query, CancellationToken cancellationToken = default) => Run(() => inner.DiffSanctionsAsync(query, cancellationToken), cancellationToken);
    public Task<RelationshipSummary?> SummarizeRelationshipsAsync(string id, SanctionTiming timing, CancellationToken cancellationToken = default) => Run(() => inner.SummarizeRelationshipsAsync(id, timing, cancellationToken), cancellationToken);
    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => Run(() => inner.SearchAsync(query, cancellationToken), cancellationToken);
    public Task<MatchCandidates> FindMatchCandidatesAsync(MatchCandidateQuery query, CancellationToken cancellationToken = default) => Run(() => inner.FindMatchCandidatesAsync(query, cancellationToken), cancellationToken);
    public Task<GraphPath?> FindPathAsync(string fromId, string toId, int maxHops, DateOnly? asOf, CancellationToken cancellationToken = default) => Run(() => inner.FindPathAsync(fromId, toId, maxHops, asOf, cancellationToken), cancellationToken);
    public Task<Subgraph?> GetNeighbourhoodAsync(string id, NeighbourhoodQuery query, CancellationToken cancellationToken = default) => Run(() => inner.GetNeighbourhoodAsync(id, query, cancellationToken), cancellationToken);
    public async ValueTask<long> GetChangeStampAsync(CancellationToken cancellationToken = default) => await Run(() => inner.GetChangeStampAsync(cancellationToken).AsTask(), cancellationToken);
    public Task<long> GetMaxDegreeAsync(CancellationToken cancellationToken = default) => Run(() => inner.GetMaxDegreeAsync(cancellationToken), cancellationToken);
    public Task<long> GetMaxSanctionsPerEntityAsync(CancellationToken cancellationToken = default) => Run(() => inner.GetMaxSanctionsPerEntityAsync(cancellationToken), cancellationToken);
    public Task<DateOnly?> GetLatestPublicationAsync(string dataset, CancellationToken cancellationToken = default) => Run(() => inner.GetLatestPublicationAsync(dataset, cancellationToken), cancellationToken);
    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => Run(() => inner.GetStatisticsAsync(cancellationToken), cancellationToken);
    public Task WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default) => Run(async () => { await inner.WriteAsync(batch, cancellationToken); return true; }, cancellationToken);
    public Task WriteInPartsAsync(IAsyncEnumerable<GraphBatch> parts, CancellationToken cancellationToken = default) => Run(async () => { await inner.WriteInPartsAsync(parts, cancellationToken); return true; }, cancellationToken);

    private async Task<T> Run<T>(Func<Task<T>> call, CancellationToken cancellationToken, [CallerMemberName] string method = "")
    {
        if (Armed) await Before(method, cancellationToken);
        return await call();
    }
}
