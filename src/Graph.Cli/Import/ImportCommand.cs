using Graph.Domain.Store;
using Graph.Import.Reading;
using Graph.Import;
using Graph.Import.Gate;
using Graph.Import.Running;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace Graph.Cli.Import;

/// <summary>
/// <c>graph import PATH --format seed|ofac-csv|ftm|eu-xml</c>: one transaction; exit code 0 when written, 1 when rejected or
/// refused (another import running into the same store, or a publication older than the newest one imported).
/// </summary>
internal sealed class ImportCommand : AsyncCommand<ImportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ImportSettings settings, CancellationToken cancellationToken)
    {
        await using var services = GraphServices.Build(settings);
        using var scope = services.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<DesignationImporter>();
        var options = new ImportOptions(settings.PublishedOn, settings.DryRun, settings.SkipInvalid, settings.AllowOlder);
        ImportReport report;
        try
        {
            using var lease = importer.Enter();
            await services.GetRequiredService<IGraphStore>().InitializeAsync(cancellationToken);
            report = await ImportProgressDisplay.RunAsync(progress =>
                importer.ImportAsync(lease, ImportSource.FromPath(settings.Path), settings.ImportFormat, options, progress, cancellationToken));
        }
        catch (ImportFailedException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        catch (ImportInProgressException e)
        {
            return Refused(settings, ImportInProgressException.Code, e.Message);
        }
        catch (OlderPublicationException e)
        {
            return Refused(settings, OlderPublicationException.Code, e.Message);
        }
        if (settings.Json) Console.WriteLine(ImportReportPrinter.Json(report));
        else ImportReportPrinter.Print(report, settings.StoreLocation);
        return report.Succeeded ? 0 : 1;
    }

    /// <summary>Nothing was read or written: the message on standard error, and for scripts the code as JSON on standard output.</summary>
    private static int Refused(ImportSettings settings, string code, string message)
    {
        Console.Error.WriteLine($"graph: {message}");
        if (settings.Json) Console.WriteLine(ImportReportPrinter.Refusal(code, message));
        return 1;
    }
}
