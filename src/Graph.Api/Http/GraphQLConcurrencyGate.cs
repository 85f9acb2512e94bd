using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Graph.Api.Http;

/// <summary>
/// Bounds the GraphQL executions in flight (<c>Limits:MaxConcurrentRequests</c>) with a queue in front
/// (<c>Limits:MaxQueuedRequests</c>), oldest first. The endpoint takes a slot after it has read the body, not
/// before: a slow client sending its body holds no slot, so a few of them cannot starve everyone else. A request
/// waits for a slot at most <see cref="MaxWait"/>, so a queue behind slow executions drains instead of growing old.
/// </summary>
internal sealed class GraphQLConcurrencyGate(IOptions<HttpLimitsOptions> options) : IDisposable
{
    /// <summary>What a refused caller is told to wait before trying again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    /// <summary>The longest a request waits in the queue before it is refused as busy.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(5);

    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.MaxConcurrentRequests,
        QueueLimit = options.Value.MaxQueuedRequests,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>A slot, to dispose when the execution is done; check <see cref="RateLimitLease.IsAcquired"/>.</summary>
    public async ValueTask<RateLimitLease> EnterAsync(CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(MaxWait);
        try
        {
            return await _limiter.AcquireAsync(1, wait.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new RefusedLease();
        }
    }

    /// <summary>Executions waiting for a slot now.</summary>
    public long Queued => _limiter.GetStatistics()?.CurrentQueuedCount ?? 0;

    public void Dispose() => _limiter.Dispose();

    /// <summary>What a request gets that waited <see cref="MaxWait"/> without a slot.</summary>
    private sealed class RefusedLease : RateLimitLease
    {
        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
