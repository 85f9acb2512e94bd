using Serilog.Events;

namespace Graph.Api.Hosting;

/// <summary>Kestrel events that report a client's doing as the server's fault.</summary>
internal static class KestrelLogNoise
{
    private const string DrainAfterResetEvent = "RequestBodyDrainBodyReaderInvalidState";

    /// <summary>
    /// When a client resets its connection in the middle of a body, Kestrel (10.0) leaves its body reader marked
    /// as reading and then logs an error, with a stack trace, as it fails to drain a body whose connection is
    /// gone. The service only reads bodies through the request stream, which always completes its reads, so the
    /// event means a client left; its request line (status 499) is logged already.
    /// </summary>
    public static bool IsBodyDrainAfterReset(LogEvent logEvent) =>
        logEvent.Properties.TryGetValue("EventId", out var id) && id is StructureValue eventId
        && eventId.Properties.Any(p => p.Name == "Name" && p.Value is ScalarValue { Value: DrainAfterResetEvent });
}
