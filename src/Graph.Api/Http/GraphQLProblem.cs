using GraphQL;

namespace Graph.Api.Http;

/// <summary>Writes a GraphQL result, or a request-level error as a result with one error and no data, with its status.</summary>
internal static class GraphQLProblem
{
    public static Task WriteAsync(HttpContext context, int status, string mediaType, string code, string message, TimeSpan? retryAfter = null) =>
        WriteAsync(context, new GraphQLAnswer(status, retryAfter, GraphQLErrorCodes.Result(code, message)), mediaType);

    public static async Task WriteAsync(HttpContext context, GraphQLAnswer answer, string mediaType)
    {
        var response = context.Response;
        response.StatusCode = answer.Status;
        response.ContentType = $"{mediaType}; charset=utf-8";
        if (answer.RetryAfter is { } wait) response.Headers.RetryAfter = RetryAfterSeconds(wait);
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        await serializer.WriteAsync(response.Body, answer.Result, context.RequestAborted);
    }

    /// <summary>Retry-After in whole seconds, rounded up and at least one.</summary>
    public static string RetryAfterSeconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
