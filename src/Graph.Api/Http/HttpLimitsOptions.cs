using System.ComponentModel.DataAnnotations;

namespace Graph.Api.Http;

/// <summary>
/// The HTTP edge's bounds on what anonymous callers can make the service hold. Bound from the configuration
/// section "Limits", which the GraphQL execution limits (cost, timeout, response objects) share.
/// </summary>
internal sealed class HttpLimitsOptions
{
    public const string Section = "Limits";

    /// <summary>The longest /graphql POST body (<c>Limits:MaxGraphQLBodyBytes</c>); a longer one gets 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxGraphQLBodyBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// GraphQL executions that run at once (<c>Limits:MaxConcurrentRequests</c>). Eight on two cores: enough to
    /// keep both cores busy while some executions wait on the store, few enough that eight executions at the
    /// response-object cap (tens of MB each) stay well under the 1 GB ceiling.
    /// </summary>
    [Range(1, 10_000)]
    public int MaxConcurrentRequests { get; set; } = 8;

    /// <summary>
    /// Executions that may wait for one of those slots (<c>Limits:MaxQueuedRequests</c>), each for at most
    /// <see cref="GraphQLConcurrencyGate.MaxWait"/>; beyond them a request gets 503 BUSY at once. A waiting request
    /// holds only its body (at most MaxGraphQLBodyBytes, 64 MiB for all 1,024 at worst, a few hundred KiB as queries
    /// really are). The queue holds about half a second of the load test's mix at its peak: a running import takes a
    /// core for seconds at a time, and with 64 places the load test at 80 % of peak lost 2.3 % of its requests to
    /// 503s while imports ran (docs/benchmarks.md).
    /// </summary>
    [Range(0, 100_000)]
    public int MaxQueuedRequests { get; set; } = 1024;

    /// <summary>The bytes the response cache may hold, keys and answers together (<c>Limits:ResponseCacheBytes</c>).</summary>
    [Range(0, long.MaxValue)]
    public long ResponseCacheBytes { get; set; } = 32L * 1024 * 1024;
}
