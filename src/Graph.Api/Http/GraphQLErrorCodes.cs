using GraphQL;

namespace Graph.Api.Http;

/// <summary>The <c>extensions.code</c> values the endpoint answers with or maps to a status (see the shared contracts).</summary>
internal static class GraphQLErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string Busy = "BUSY";
    public const string Timeout = "TIMEOUT";
    public const string CostLimitExceeded = "COST_LIMIT_EXCEEDED";
    public const string DepthLimitExceeded = "DEPTH_LIMIT_EXCEEDED";
    public const string ResponseTooLarge = "RESPONSE_TOO_LARGE";

    /// <summary>A result with one error and no data.</summary>
    public static ExecutionResult Result(string code, string message) => new() { Errors = [new ExecutionError(message) { Code = code }] };
}
