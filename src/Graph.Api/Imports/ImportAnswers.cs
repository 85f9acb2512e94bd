using Graph.Domain.Store;

namespace Graph.Api.Imports;

/// <summary>The JSON answers of POST /imports other than a report: <c>{"error": CODE, "message": ...}</c>.</summary>
internal static class ImportAnswers
{
    public static IResult BadInput(string parameter, string message) =>
        Error(Graph.GraphQL.GraphErrors.BadUserInput, $"{parameter}: {message}", StatusCodes.Status400BadRequest);

    public static IResult Error(string code, string message, int status) =>
        Results.Json(new { error = code, message }, statusCode: status);

    /// <summary>503 with Retry-After: the store is held by another writer; the same upload may succeed later.</summary>
    public static IResult Busy(HttpResponse response, StoreBusyException busy)
    {
        response.Headers.RetryAfter = Http.GraphQLProblem.RetryAfterSeconds(busy.RetryAfter);
        return Error(Http.GraphQLErrorCodes.Busy, "The store is held by another writer; nothing was written. Try again after Retry-After seconds.", StatusCodes.Status503ServiceUnavailable);
    }
}
