using GraphQL.DataLoader;

namespace Graph.GraphQL.Loaders;

/// <summary>
/// Collects the keys that resolvers ask for while the executor walks one level of the query, then fetches
/// them with a single store call when the first result is awaited. Results are cached for the request.
/// GraphQL.NET's executor awaits <see cref="IDataLoaderResult"/>s only after queuing every sibling field,
/// which is what makes the batching work.
/// </summary>
internal sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    TValue? missing = default)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TValue> _loaded = [];
    private readonly HashSet<TKey> _fetched = [];
    private readonly List<TKey> _pending = [];
    private Task? _inFlight;

    /// <summary>The value for <paramref name="key"/>, or the <c>missing</c> value when the store has none.</summary>
    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_fetched.Contains(key) && !_pending.Contains(key)) _pending.Add(key);
        }
        return new Result(this, key);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        while (true)
        {
            TaskCompletionSource? dispatch = null;
            Task wait;
            lock (_gate)
            {
                if (_fetched.Contains(key)) return _loaded.TryGetValue(key, out var value) ? value : missing;
                if (_inFlight is null)
                {
                    dispatch = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    _inFlight = dispatch.Task;
                }
                wait = _inFlight;
            }
            if (dispatch is not null) await DispatchAsync(dispatch, cancellationToken);
            await wait;
        }
    }

    private async Task DispatchAsync(TaskCompletionSource dispatch, CancellationToken cancellationToken)
    {
        TKey[] keys;
        lock (_gate)
        {
            keys = [.. _pending];
            _pending.Clear();
        }
        try
        {
            var values = keys.Length == 0 ? new Dictionary<TKey, TValue>() : await fetch(keys, cancellationToken);
            lock (_gate)
            {
                foreach (var (key, value) in values) _loaded[key] = value;
                _fetched.UnionWith(keys);
                _inFlight = null;
            }
            dispatch.SetResult();
        }
        catch (Exception e)
        {
            lock (_gate) _inFlight = null;
            dispatch.SetException(e);
        }
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
