using Graph.Api.Http;
using Graph.Domain.Matching;

namespace Graph.Api.Matching;

/// <summary>
/// Runs the queries of one batch through <see cref="EntityMatcher"/>, <see cref="MatchingLimits.Parallelism"/> at a time,
/// holding one of the service's execution slots (the GraphQL endpoint's gate) for the whole batch, so that matching and
/// GraphQL share the cores fairly.
/// </summary>
internal sealed class MatchBatch(EntityMatcher matcher, GraphQLConcurrencyGate gate)
{
    /// <summary>
    /// The hits of each query, in the order given (null where the query is null); null when no slot came free in time,
    /// which the caller answers 503.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<MatchHit>?>?> RunAsync(IReadOnlyList<MatchQuery?> queries, IReadOnlyList<MatchOptions> options, CancellationToken cancellationToken)
    {
        using var lease = await gate.EnterAsync(cancellationToken);
        if (!lease.IsAcquired) return null;
        var hits = new IReadOnlyList<MatchHit>?[queries.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = MatchingLimits.Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, queries.Count).Where(i => queries[i] is not null), parallel,
            async (i, token) => hits[i] = await matcher.MatchAsync(queries[i]!, options[i], token));
        return hits;
    }

    /// <summary>The datasets of entities found otherwise than by matching, as the matcher gives them for its hits.</summary>
    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> DatasetsOfAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken) =>
        matcher.DatasetsOfAsync(entityIds, cancellationToken);
}
