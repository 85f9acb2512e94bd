namespace Graph.Storage.Neo4j.Http;

/// <summary>
/// How <see cref="QueryApiClient"/> retries a request that failed with a transient <see cref="Neo4jException"/>
/// (a <c>Neo.TransientError.*</c> code, HTTP 429/502/503/504, an unreachable server): exponential backoff with
/// jitter, within a number of attempts and a total time. Client errors are never retried.
/// </summary>
public sealed record RetryPolicy
{
    /// <summary>Four attempts, 200 ms doubling up to 3 s between them, at most 20 s in all.</summary>
    public static RetryPolicy Default { get; } = new();

    /// <summary>One attempt only.</summary>
    public static RetryPolicy None { get; } = new() { MaxAttempts = 1 };

    /// <summary>How many times a request is sent at most, the first included.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>The pause before the first retry; each later one doubles it.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest pause between two attempts.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>No retry starts when it would end the pause later than this after the first attempt began.</summary>
    public TimeSpan MaxElapsed { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The share of each pause that is random (0 to 1), so that clients do not retry in step.</summary>
    public double Jitter { get; init; } = 0.5;

    /// <summary>The pause before retry number <paramref name="retry"/> (1 for the first), given a random number in [0, 1].</summary>
    public TimeSpan DelayBefore(int retry, double random)
    {
        var ceiling = Math.Min(MaxDelay.Ticks, InitialDelay.Ticks * Math.Pow(2, Math.Max(0, retry - 1)));
        var jitter = Math.Clamp(Jitter, 0, 1);
        return TimeSpan.FromTicks((long)(ceiling * (1 - jitter + (jitter * random))));
    }

    /// <summary>
    /// Runs <paramref name="attempt"/> until it succeeds, fails with a non-transient error, or the attempts or the
    /// time run out; the last failure is thrown. <paramref name="onRetry"/> hears of each retry before its pause.
    /// </summary>
    internal async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> attempt, Action<Neo4jException, int, TimeSpan>? onRetry,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        for (var number = 1; ; number++)
        {
            try
            {
                return await attempt(cancellationToken);
            }
            catch (Neo4jException failure) when (failure.IsTransient && number < MaxAttempts)
            {
                var delay = DelayBefore(number, Random.Shared.NextDouble());
                if (time.GetElapsedTime(started) + delay > MaxElapsed)
                    throw;
                onRetry?.Invoke(failure, number, delay);
                if (delay > TimeSpan.Zero)
                    await Task.Delay(delay, time, cancellationToken);
            }
        }
    }
}
