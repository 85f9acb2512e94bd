using Serilog;

namespace Graph.Api.Hosting;

internal static class LoggingSetup
{
    /// <summary>Serilog from the "Serilog" configuration section, writing to the console.</summary>
    public static WebApplicationBuilder AddGraphLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console());
        return builder;
    }

    /// <summary>One structured event per request, with method, path, status and elapsed time.</summary>
    public static WebApplication UseGraphRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging();
        return app;
    }
}
