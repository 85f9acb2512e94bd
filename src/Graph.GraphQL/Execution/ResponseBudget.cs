namespace Graph.GraphQL.Execution;

/// <summary>
/// The objects one response may still hold. Execution takes one per object it produces; the one over the cap
/// stops the whole execution through its cancellation, so that no more is fetched and nothing partial is sent.
/// </summary>
internal sealed class ResponseBudget(int maxObjects, CancellationTokenSource stop)
{
    private const string Key = "Graph.GraphQL.ResponseBudget";
    private int _taken;

    public int MaxObjects { get; } = maxObjects;

    /// <summary>True once the execution produced more objects than the cap.</summary>
    public bool Exceeded => Volatile.Read(ref _taken) > MaxObjects;

    public void Take()
    {
        if (Interlocked.Increment(ref _taken) <= MaxObjects) return;
        stop.Cancel();
        throw new OperationCanceledException(stop.Token);
    }

    public void AttachTo(IDictionary<string, object?> userContext) => userContext[Key] = this;

    public static ResponseBudget? Of(IDictionary<string, object?>? userContext) =>
        userContext is not null && userContext.TryGetValue(Key, out var value) ? value as ResponseBudget : null;
}
