using Microsoft.AspNetCore.Connections;

namespace Graph.Api.Errors;

/// <summary>
/// What an exception that reached the exception handler means for the client and for the log: a client that
/// left (499, nothing to answer), a busy store (503 BUSY with Retry-After), a request Kestrel refused (its own
/// status: 413, a malformed body), or a fault (500 INTERNAL, logged as an error with its stack trace).
/// </summary>
internal sealed record FailureKind(int Status, string Code, string Message, TimeSpan? RetryAfter, bool IsFault)
{
    public const string Internal = "INTERNAL";
    public const string ClientClosed = "CLIENT_CLOSED_REQUEST";

    public static FailureKind Of(Exception exception, bool requestAborted) => exception switch
    {
        // A reset can surface before Kestrel has marked the request aborted, so the exception alone says so too.
        ConnectionResetException => Gone,
        OperationCanceledException or IOException when requestAborted => Gone,
        _ when StoreBusy.In(exception) is { } busy => new(StatusCodes.Status503ServiceUnavailable, Http.GraphQLErrorCodes.Busy, StoreBusy.Message, busy.RetryAfter, IsFault: false),
        BadHttpRequestException bad => new(bad.StatusCode, ErrorCodes.ForStatus(bad.StatusCode), bad.Message, null, IsFault: false),
        _ => new(StatusCodes.Status500InternalServerError, Internal, "The service failed to answer this request; the fault is logged.", null, IsFault: true),
    };

    /// <summary>The client went away: there is no one to answer, and nothing went wrong on this side.</summary>
    public bool ClientIsGone => Status == StatusCodes.Status499ClientClosedRequest;

    private static FailureKind Gone => new(StatusCodes.Status499ClientClosedRequest, ClientClosed, "The client closed the connection.", null, IsFault: false);
}
