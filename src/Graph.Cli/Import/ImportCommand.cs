using Graph.Import;
using Graph.Import.Running;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Import;

/// <summary><c>graph import PATH --format seed|ofac-csv|ftm</c>: one transaction; exit code 0 when written, 1 when rejected.</summary>
internal sealed class ImportCommand : AsyncCommand<ImportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ImportSettings settings, CancellationToken cancellationToken)
    {
        await using var services = await GraphServices.OpenAsync(settings, cancellationToken);
        using var scope = services.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<DesignationImporter>();
        var options = new ImportOptions(settings.PublishedOn, settings.DryRun, settings.SkipInvalid);
        ImportReport report;
        try
        {
            report = await ImportProgressDisplay.RunAsync(progress =>
                importer.ImportPathAsync(settings.Path, settings.ImportFormat, options, progress, cancellationToken));
        }
        catch (ImportFailedException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        if (settings.Json) Console.WriteLine(ImportReportPrinter.Json(report));
        else ImportReportPrinter.Print(report, settings.StoreLocation);
        return report.Succeeded ? 0 : 1;
    }
}
