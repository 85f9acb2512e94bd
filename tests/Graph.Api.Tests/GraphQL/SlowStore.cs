using Graph.Domain.Model;
using Graph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.GraphQL;

/// <summary>
/// Wraps the real store; once <see cref="Slow"/> is set, entity look-ups wait before answering, as a store held by
/// a long scan would, and record whether the token they were given was cancelled while they waited.
/// </summary>
public sealed class SlowStore(IGraphStore inner, TimeSpan delay) : IGraphStore
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Slow { get; set; }

    /// <summary>Completes when a slow call began to wait.</summary>
    public Task Started => _started.Task;

    /// <summary>Completes when a slow call saw its cancellation token cancelled.</summary>
    public Task SawCancellation => _cancelled.Task;

    /// <summary>Replaces the registered store with a slow wrapper around it.</summary>
    public static Action<IServiceCollection> Around(TimeSpan delay, Action<SlowStore> expose) => services =>
    {
        var original = services.Last(d => d.ServiceType == typeof(IGraphStore));
        services.Remove(original);
        services.AddSingleton<IGraphStore>(sp =>
        {
            var slow = new SlowStore((IGraphStore)original.ImplementationFactory!(sp), delay);
            expose(slow);
            return slow;
        });
    };

    public async Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        await PauseAsync(cancellationToken);
        return await inner.GetEntitiesAsync(ids, cancellationToken);
    }

    public async Task<Page<Entity>> ListEntitiesAsync(EntityFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        await PauseAsync(cancellationToken);
        return await inner.ListEntitiesAsync(filter, page, cancellationToken);
    }

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);
    public Task<IReadOnlyDictionary<string, Sanction>> GetSanctionsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => inner.GetSanctionsAsync(ids, cancellationToken);
    public Task<IReadOnlyDictionary<string, Relationship>> GetRelationshipsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => inner.GetRelationshipsByIdAsync(ids, cancellationToken);
    public Task<IReadOnlyList<string>> ListActiveSanctionIdsAsync(string dataset, CancellationToken cancellationToken = default) => inner.ListActiveSanctionIdsAsync(dataset, cancellationToken);
    public Task<IReadOnlyDictionary<string, string>> ResolveNamesAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken = default) => inner.ResolveNamesAsync(names, cancellationToken);
    public Task<Page<DesignationChange>> ListChangesAsync(ChangeFilter filter, PageRequest page, CancellationToken cancellationToken = default) => inner.ListChangesAsync(filter, page, cancellationToken);
    public Task<IReadOnlyList<Sanction>> GetSanctionsTargetingAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) => inner.GetSanctionsTargetingAsync(entityIds, cancellationToken);
    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(IReadOnlyCollection<string> entityIds, RelationshipFilter filter, CancellationToken cancellationToken = default) => inner.GetRelationshipsAsync(entityIds, filter, cancellationToken);
    public Task<Page<Sanction>> ListSanctionsAsync(SanctionFilter filter, PageRequest page, CancellationToken cancellationToken = default) => inner.ListSanctionsAsync(filter, page, cancellationToken);
    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => inner.SearchAsync(query, cancellationToken);
    public Task<GraphPath?> FindPathAsync(string fromId, string toId, int maxHops, CancellationToken cancellationToken = default) => inner.FindPathAsync(fromId, toId, maxHops, cancellationToken);
    public Task<Subgraph?> GetNeighbourhoodAsync(string id, int hops, int limit, CancellationToken cancellationToken = default) => inner.GetNeighbourhoodAsync(id, hops, limit, cancellationToken);
    public ValueTask<long> GetChangeStampAsync(CancellationToken cancellationToken = default) => inner.GetChangeStampAsync(cancellationToken);
    public Task<long> GetMaxDegreeAsync(CancellationToken cancellationToken = default) => inner.GetMaxDegreeAsync(cancellationToken);
    public Task<long> GetMaxSanctionsPerEntityAsync(CancellationToken cancellationToken = default) => inner.GetMaxSanctionsPerEntityAsync(cancellationToken);
    public Task<DateOnly?> GetLatestPublicationAsync(string dataset, CancellationToken cancellationToken = default) => inner.GetLatestPublicationAsync(dataset, cancellationToken);
    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => inner.GetStatisticsAsync(cancellationToken);
    public Task WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default) => inner.WriteAsync(batch, cancellationToken);

    private async Task PauseAsync(CancellationToken cancellationToken)
    {
        if (!Slow) return;
        _started.TrySetResult();
        try
        {
            await Task.Delay(delay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            _cancelled.TrySetResult();
            throw;
        }
    }
}
