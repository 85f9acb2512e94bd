using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Infrastructure;

/// <summary>Wraps the real store and counts the calls of each method, to prove batching.</summary>
public sealed class CountingStore(IGraphStore inner) : IGraphStore
{
    public ConcurrentDictionary<string, int> Calls { get; } = new();

    public int this[string method] => Calls.GetValueOrDefault(method);

    /// <summary>Replaces the registered store with a counting wrapper around it.</summary>
    public static Action<IServiceCollection> Around(Action<CountingStore> expose) => services =>
    {
        var original = services.Last(d => d.ServiceType == typeof(IGraphStore));
        services.Remove(original);
        services.AddSingleton<IGraphStore>(sp =>
        {
            var counting = new CountingStore((IGraphStore)original.ImplementationFactory!(sp));
            expose(counting);
            return counting;
        });
    };

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Count(inner.InitializeAsync(cancellationToken));
    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => Count(inner.GetEntitiesAsync(ids, cancellationToken));
    public Task<IReadOnlyDictionary<string, Sanction>> GetSanctionsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => Count(inner.GetSanctionsAsync(ids, cancellationToken));
    public Task<IReadOnlyDictionary<string, Relationship>> GetRelationshipsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => Count(inner.GetRelationshipsByIdAsync(ids, cancellationToken));
    public Task<IReadOnlyList<string>> ListActiveSanctionIdsAsync(string dataset, CancellationToken cancellationToken = default) => Count(inner.ListActiveSanctionIdsAsync(dataset, cancellationToken));
    public Task<IReadOnlyDictionary<string, string>> ResolveNamesAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken = default) => Count(inner.ResolveNamesAsync(names, cancellationToken));
    public Task<Page<DesignationChange>> ListChangesAsync(ChangeFilter filter, PageRequest page, CancellationToken cancellationToken = default) => Count(inner.ListChangesAsync(filter, page, cancellationToken));
    public Task<IReadOnlyList<Sanction>> GetSanctionsTargetingAsync(IReadOnlyCollection<string> entityIds, SanctionTiming timing, CancellationToken cancellationToken = default) => Count(inner.GetSanctionsTargetingAsync(entityIds, timing, cancellationToken));
    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(IReadOnlyCollection<string> entityIds, RelationshipFilter filter, CancellationToken cancellationToken = default) => Count(inner.GetRelationshipsAsync(entityIds, filter, cancellationToken));
    public Task<Page<Entity>> ListEntitiesAsync(EntityFilter filter, PageRequest page, CancellationToken cancellationToken = default) => Count(inner.ListEntitiesAsync(filter, page, cancellationToken));
    public Task<Page<Sanction>> ListSanctionsAsync(SanctionFilter filter, PageRequest page, CancellationToken cancellationToken = default) => Count(inner.ListSanctionsAsync(filter, page, cancellationToken));
    public Task<SanctionDiff> DiffSanctionsAsync(SanctionDiffQuery query, CancellationToken cancellationToken = default) => Count(inner.DiffSanctionsAsync(query, cancellationToken));
    public Task<RelationshipSummary?> SummarizeRelationshipsAsync(string id, SanctionTiming timing, CancellationToken cancellationToken = default) => Count(inner.SummarizeRelationshipsAsync(id, timing, cancellationToken));
    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => Count(inner.SearchAsync(query, cancellationToken));
    public Task<MatchCandidates> FindMatchCandidatesAsync(MatchCandidateQuery query, CancellationToken cancellationToken = default) => Count(inner.FindMatchCandidatesAsync(query, cancellationToken));
    public Task<GraphPath?> FindPathAsync(string fromId, string toId, int maxHops, DateOnly? asOf, CancellationToken cancellationToken = default) => Count(inner.FindPathAsync(fromId, toId, maxHops, asOf, cancellationToken));
    public Task<Subgraph?> GetNeighbourhoodAsync(string id, NeighbourhoodQuery query, CancellationToken cancellationToken = default) => Count(inner.GetNeighbourhoodAsync(id, query, cancellationToken));
    public ValueTask<long> GetChangeStampAsync(CancellationToken cancellationToken = default) => inner.GetChangeStampAsync(cancellationToken);
    public Task<long> GetMaxDegreeAsync(CancellationToken cancellationToken = default) => Count(inner.GetMaxDegreeAsync(cancellationToken));
    public Task<long> GetMaxSanctionsPerEntityAsync(CancellationToken cancellationToken = default) => Count(inner.GetMaxSanctionsPerEntityAsync(cancellationToken));
    public Task<DateOnly?> GetLatestPublicationAsync(string dataset, CancellationToken cancellationToken = default) => Count(inner.GetLatestPublicationAsync(dataset, cancellationToken));
    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => Count(inner.GetStatisticsAsync(cancellationToken));
    public Task WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default) => Count(inner.WriteAsync(batch, cancellationToken));
    public Task WriteInPartsAsync(IAsyncEnumerable<GraphBatch> parts, CancellationToken cancellationToken = default) => Count(inner.WriteInPartsAsync(parts, cancellationToken));

    private T Count<T>(T result, [CallerMemberName] string method = "")
    {
        Calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        return result;
    }
}
