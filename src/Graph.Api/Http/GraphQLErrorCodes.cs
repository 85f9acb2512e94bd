using Graph.GraphQL;
using GraphQL;

namespace Graph.Api.Http;

/// <summary>
/// The <c>extensions.code</c> values the endpoint answers with or maps to a status (see the shared contracts): its own,
/// and those the GraphQL layer sets, named where that layer defines them.
/// </summary>
internal static class GraphQLErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string Busy = GraphErrors.Busy;
    public const string Timeout = GraphErrors.Timeout;
    public const string CostLimitExceeded = Graph.GraphQL.Cost.CostLimitError.ErrorCode;
    public const string DepthLimitExceeded = Graph.GraphQL.Cost.DepthLimitError.ErrorCode;
    public const string ResponseTooLarge = GraphErrors.ResponseTooLarge;

    /// <summary>A result with one error and no data.</summary>
    public static ExecutionResult Result(string code, string message) => new() { Errors = [new ExecutionError(message) { Code = code }] };
}
