using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Graph.Api.Http;

/// <summary>
/// Bounds the GraphQL executions in flight (<c>Limits:MaxConcurrentRequests</c>) with a queue in front
/// (<c>Limits:MaxQueuedRequests</c>), oldest first. The endpoint takes a slot after it has read the body, not
/// before: a slow client sending its body holds no slot, so a few of them cannot starve everyone else.
/// </summary>
internal sealed class GraphQLConcurrencyGate(IOptions<HttpLimitsOptions> options) : IDisposable
{
    /// <summary>What a refused caller is told to wait before trying again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.MaxConcurrentRequests,
        QueueLimit = options.Value.MaxQueuedRequests,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>A slot, to dispose when the execution is done; check <see cref="RateLimitLease.IsAcquired"/>.</summary>
    public ValueTask<RateLimitLease> EnterAsync(CancellationToken cancellationToken) => _limiter.AcquireAsync(1, cancellationToken);

    /// <summary>Executions waiting for a slot now.</summary>
    public long Queued => _limiter.GetStatistics()?.CurrentQueuedCount ?? 0;

    public void Dispose() => _limiter.Dispose();
}
