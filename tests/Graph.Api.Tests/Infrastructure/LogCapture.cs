using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace Graph.Api.Tests.Infrastructure;

/// <summary>A Serilog sink registered as a service: the service's logging setup writes every event to it too.</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    /// <summary>Registers the sink with the service.</summary>
    public Action<IServiceCollection> Register => services => services.AddSingleton<ILogEventSink>(this);

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>Forgets what was logged so far, e.g. the start-up's events.</summary>
    public void Clear() => _events.Clear();

    /// <summary>Every event, one per line, with its level, rendered message and the first line of any exception.</summary>
    public string Describe() => string.Join('\n', Events.Select(e =>
        $"{e.Level} {e.RenderMessage()}{(e.Exception is null ? "" : " | " + e.Exception.GetType().Name + ": " + e.Exception.Message)}"));
}
