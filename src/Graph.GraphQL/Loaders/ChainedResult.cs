using GraphQL.DataLoader;

namespace Graph.GraphQL.Loaders;

/// <summary>
/// A data loader result computed from another one. When <paramref name="next"/> returns a further data loader
/// result, GraphQL.NET's executor queues it with the other pending loads of that level, so chains stay batched.
/// </summary>
internal sealed class ChainedResult<TIn, TOut>(IDataLoaderResult<TIn> first, Func<TIn, TOut> next) : IDataLoaderResult<TOut>
{
    public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) => next(await first.GetResultAsync(cancellationToken));

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}

/// <summary>The results of several loads of one batch loader as a list, in key order.</summary>
internal sealed class ManyResult<TValue>(IReadOnlyList<IDataLoaderResult<TValue?>> results) : IDataLoaderResult<IReadOnlyList<TValue?>>
{
    public async Task<IReadOnlyList<TValue?>> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var values = new List<TValue?>(results.Count);
        foreach (var result in results) values.Add(await result.GetResultAsync(cancellationToken));
        return values;
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}
