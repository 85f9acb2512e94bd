using Microsoft.AspNetCore.Diagnostics;

namespace Graph.Api.Errors;

internal static class ErrorHandlingExtensions
{
    /// <summary>
    /// No error without a JSON body: an exception handler that answers every exception (503 BUSY for a busy store,
    /// Kestrel's own status for a refused request, 500 INTERNAL for a fault) and status code pages for error
    /// statuses without a body. Faults are logged as errors with their stack trace; the expected failures are
    /// not (the handler logs them at Debug), and client aborts are the middleware's own Debug line.
    /// </summary>
    public static IApplicationBuilder UseGraphErrorHandling(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = ErrorResponses.WriteExceptionAsync,
            SuppressDiagnosticsCallback = context => !FailureKind.Of(context.Exception, context.HttpContext.RequestAborted.IsCancellationRequested).IsFault,
        });
        app.UseStatusCodePages(ErrorResponses.WriteStatusAsync);
        return app;
    }
}
