using Graph.Domain.Store;

namespace Graph.Api.Errors;

/// <summary>
/// What an exception that reached the exception handler means for the client and for the log: a busy store
/// (503 BUSY with Retry-After), a request Kestrel refused (its own status: 413, a malformed body), or a fault
/// (500 INTERNAL, logged as an error with its stack trace).
/// </summary>
internal sealed record FailureKind(int Status, string Code, string Message, TimeSpan? RetryAfter, bool IsFault)
{
    public const string Internal = "INTERNAL";
    public const string Busy = "BUSY";

    public static FailureKind Of(Exception exception) => exception switch
    {
        _ when StoreBusy(exception) is { } busy => new(StatusCodes.Status503ServiceUnavailable, Busy,
            "The store is busy with a write; try again shortly.", busy.RetryAfter, IsFault: false),
        BadHttpRequestException bad => new(bad.StatusCode, ErrorCodes.ForStatus(bad.StatusCode), bad.Message, null, IsFault: false),
        _ => new(StatusCodes.Status500InternalServerError, Internal, "The service failed to answer this request; the fault is logged.", null, IsFault: true),
    };

    /// <summary>True when the exception is an answer to give, not a fault to log as an error.</summary>
    public static bool IsExpected(Exception exception) => !Of(exception).IsFault;

    private static StoreBusyException? StoreBusy(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is StoreBusyException busy) return busy;
            if (exception is AggregateException aggregate) return aggregate.InnerExceptions.Select(StoreBusy).FirstOrDefault(e => e is not null);
        }
        return null;
    }
}
