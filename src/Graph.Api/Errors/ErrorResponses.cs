using Graph.Api.Http;
using Microsoft.AspNetCore.Diagnostics;

namespace Graph.Api.Errors;

/// <summary>
/// The answers of the exception handler and of bodiless error statuses: always a JSON body with a code and a
/// short message, a GraphQL result on GraphQL endpoints, never a stack trace or a path outside Development.
/// </summary>
internal static class ErrorResponses
{
    /// <summary>The exception handler: the failure's status and body; expected failures are logged here, briefly.</summary>
    public static async Task WriteExceptionAsync(HttpContext context)
    {
        var feature = context.Features.Get<IExceptionHandlerFeature>()!;
        var failure = FailureKind.Of(feature.Error, context.RequestAborted.IsCancellationRequested);
        if (!failure.IsFault)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ErrorResponses))
                .LogDebug("{Method} {Path} answered {Status} {Code}: {Reason}", context.Request.Method, context.Request.Path, failure.Status, failure.Code, feature.Error.Message);
        }
        if (failure.ClientIsGone)
        {
            context.Response.StatusCode = failure.Status;
            return;
        }
        var development = context.RequestServices.GetRequiredService<IWebHostEnvironment>().IsDevelopment();
        var message = development && failure.IsFault ? $"{failure.Message} {feature.Error}" : failure.Message;
        try
        {
            if (feature.Endpoint?.Metadata.GetMetadata<GraphQLErrorShape>() is not null)
            {
                await GraphQLProblem.WriteAsync(context, failure.Status, MediaTypes.Negotiate(context.Request) ?? MediaTypes.Json, failure.Code, message, failure.RetryAfter);
                return;
            }
            await WriteAsync(context, failure.Status, failure.Code, message, failure.RetryAfter);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
        {
            // The client left while the answer was written: nothing more to do, and nothing to log.
        }
    }

    /// <summary>Status code pages: a JSON body for an error status that came without one (a 404, a 405).</summary>
    public static Task WriteStatusAsync(StatusCodeContext context)
    {
        var status = context.HttpContext.Response.StatusCode;
        // 499: the client is gone; there is no one to answer.
        if (status == StatusCodes.Status499ClientClosedRequest) return Task.CompletedTask;
        return WriteAsync(context.HttpContext, status, ErrorCodes.ForStatus(status), ErrorCodes.MessageForStatus(status), null);
    }

    /// <summary>Writes <c>{"error": code, "message": message}</c> with the status, and Retry-After when given.</summary>
    public static Task WriteAsync(HttpContext context, int status, string code, string message, TimeSpan? retryAfter)
    {
        context.Response.StatusCode = status;
        if (retryAfter is { } wait) context.Response.Headers.RetryAfter = GraphQLProblem.RetryAfterSeconds(wait);
        return context.Response.WriteAsJsonAsync(new { error = code, message }, context.RequestAborted);
    }
}
