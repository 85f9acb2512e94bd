using Graph.Api.Errors;
using GraphQL;

namespace Graph.Api.Http;

/// <summary>
/// The HTTP status of an execution result, from the error codes the GraphQL layer sets: a refusal of the
/// request as a whole is a 400 under both media types, a service that cannot answer now is a 503 with
/// Retry-After, and anything else follows GraphQL over HTTP (under application/json a validation error is 200).
/// </summary>
internal sealed record GraphQLAnswer(int Status, TimeSpan? RetryAfter, ExecutionResult Result)
{
    /// <summary>Codes that refuse the request itself: sending it again unchanged cannot succeed.</summary>
    private static readonly HashSet<string> RefusedCodes =
        [GraphQLErrorCodes.CostLimitExceeded, GraphQLErrorCodes.DepthLimitExceeded, GraphQLErrorCodes.ResponseTooLarge];

    /// <summary>How long a client should wait after a timeout: long enough for the load that caused it to pass.</summary>
    public static readonly TimeSpan TimeoutRetryAfter = TimeSpan.FromSeconds(5);

    public static GraphQLAnswer Of(ExecutionResult result, string mediaType)
    {
        if (result.Errors is not { Count: > 0 } errors) return new(Unrefused(result, mediaType), null, result);
        if (errors.Select(e => StoreBusy.In(e.InnerException)).FirstOrDefault(e => e is not null) is { } busy)
        {
            // A field that met a busy store is not a partial answer worth keeping: the whole request may be retried.
            return new(StatusCodes.Status503ServiceUnavailable, busy.RetryAfter, GraphQLErrorCodes.Result(GraphQLErrorCodes.Busy, StoreBusy.Message));
        }
        if (errors.Any(e => e.Code == GraphQLErrorCodes.Busy))
        {
            return new(StatusCodes.Status503ServiceUnavailable, GraphQLConcurrencyGate.RetryAfter, result);
        }
        if (errors.Any(e => e.Code == GraphQLErrorCodes.Timeout))
        {
            return new(StatusCodes.Status503ServiceUnavailable, TimeoutRetryAfter, result);
        }
        if (errors.Any(e => e.Code is { } code && RefusedCodes.Contains(code)))
        {
            return new(StatusCodes.Status400BadRequest, null, result);
        }
        return new(Unrefused(result, mediaType), null, result);
    }

    /// <summary>Under graphql-response+json, a request that never executed (parse, validation or variable errors) is a 400.</summary>
    private static int Unrefused(ExecutionResult result, string mediaType) =>
        mediaType == MediaTypes.GraphQLResponse && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
}
