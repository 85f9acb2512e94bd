using Graph.Api.Http;
using Graph.Api.Lookups;
using Graph.Api.Lookups.Api;
using Graph.GraphQL;

namespace Graph.Api.Matching;

/// <summary>
/// The error answers of the matching routes, in the one JSON shape of the lookups (<c>{"error": code, "message": sentence}</c>),
/// never cached: the caller must change the request.
/// </summary>
internal static class MatchingErrors
{
    public static Task BadInputAsync(HttpContext context, string message) =>
        WriteAsync(context, StatusCodes.Status400BadRequest, GraphErrors.BadUserInput, message);

    public static Task NotFoundAsync(HttpContext context, string message) =>
        WriteAsync(context, StatusCodes.Status404NotFound, LookupErrors.NotFoundCode, message);

    public static Task TooLargeAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status413PayloadTooLarge, GraphQLErrorCodes.RequestTooLarge,
            $"The request body is larger than {MatchingLimits.MaxBodyBytes} bytes; send at most {MatchingLimits.MaxBatch} queries a request.");

    public static Task UnsupportedMediaTypeAsync(HttpContext context, string expected) =>
        WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", $"Send the request body as {expected}.");

    public static Task BusyAsync(HttpContext context)
    {
        context.Response.Headers.RetryAfter = GraphQLProblem.RetryAfterSeconds(GraphQLConcurrencyGate.RetryAfter);
        return WriteAsync(context, StatusCodes.Status503ServiceUnavailable, GraphQLErrorCodes.Busy, "The service is busy matching other requests; try again in a moment.");
    }

    private static Task WriteAsync(HttpContext context, int status, string code, string message) =>
        LookupResponder.WriteAsync(context, LookupErrors.Answer(status, code, message, CachePolicies.Refused));
}
