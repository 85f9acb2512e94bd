using Graph.Domain.Store;

namespace Graph.GraphQL.Cost;

/// <summary>
/// The store's bounds for pricing queries, computed at most once per change stamp: each is a scan of an index, too
/// slow for every request but cheap once per import. Concurrent requests of one stamp share one computation.
/// </summary>
internal sealed class GraphBoundsCache(IGraphStore store)
{
    private readonly Lock _gate = new();
    private (long Stamp, Task<GraphBounds> Bounds)? _current;

    public async Task<GraphBounds> GetAsync(CancellationToken cancellationToken)
    {
        var stamp = await store.GetChangeStampAsync(cancellationToken);
        Task<GraphBounds> bounds;
        lock (_gate)
        {
            if (_current is not { } current || current.Stamp != stamp || current.Bounds.IsFaulted || current.Bounds.IsCanceled)
            {
                // Shared by every request of this stamp, so no one caller's cancellation may stop it for the others.
                current = (stamp, Task.Run(ComputeAsync, CancellationToken.None));
                _current = current;
            }
            bounds = current.Bounds;
        }
        return await bounds.WaitAsync(cancellationToken);
    }

    private async Task<GraphBounds> ComputeAsync() => new(
        await store.GetMaxDegreeAsync(CancellationToken.None),
        await store.GetMaxSanctionsPerEntityAsync(CancellationToken.None));
}
