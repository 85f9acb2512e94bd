using Serilog;
using Serilog.Events;

namespace Graph.Api.Hosting;

internal static class LoggingSetup
{
    /// <summary>
    /// Serilog from the "Serilog" configuration section, writing to the console, plus any sink registered as a
    /// service (the tests capture events that way), without Kestrel's error for a client that reset mid-body.
    /// </summary>
    public static WebApplicationBuilder AddGraphLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .Filter.ByExcluding(KestrelLogNoise.IsBodyDrainAfterReset)
            .WriteTo.Console(),
            // The host's own logger, not the static Log.Logger, which every host built in the process would share.
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// One structured event per request, with method, path, status and elapsed time. It sits outside the error
    /// handling, so it sees the answer that was sent: a fault's 500 is an error, a busy 503 a warning, and a client
    /// that left (499) or a refused body (413) one Information line like any other request, with no stack trace.
    /// </summary>
    public static WebApplication UseGraphRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.GetLevel = LevelOf;
            // The host's own logger, as above.
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
        });
        return app;
    }

    private static LogEventLevel LevelOf(HttpContext context, double elapsedMilliseconds, Exception? exception) =>
        exception is not null && !context.RequestAborted.IsCancellationRequested ? LogEventLevel.Error
        // 503 is load shed by design; 501 is a client asking for what is not offered (oEmbed's format=xml).
        : context.Response.StatusCode is StatusCodes.Status503ServiceUnavailable or StatusCodes.Status501NotImplemented ? LogEventLevel.Warning
        : context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
        : LogEventLevel.Information;
}
