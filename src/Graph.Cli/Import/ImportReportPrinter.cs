using System.Text.Json;
using Graph.Import.Running;
using Spectre.Console;

namespace Graph.Cli.Import;

internal static class ImportReportPrinter
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Json(ImportReport report) => JsonSerializer.Serialize(ImportReportShape.Of(report, file => file), JsonOptions);

    /// <summary>An import refused before it ran, in the shape the service answers it: <c>{"error": CODE, "message": ...}</c>.</summary>
    public static string Refusal(string code, string message) => JsonSerializer.Serialize(new { error = code, message }, JsonOptions);

    public static void Print(ImportReport report, string store)
    {
        var verdict = !report.Succeeded ? "[red]rejected: nothing was written[/]"
            : report.DryRun ? "[yellow]dry run: nothing was written[/]"
            : $"[green]written to {Markup.Escape(store)}[/]";
        AnsiConsole.MarkupLine($"{Markup.Escape(report.Format.ToString())} import of {Markup.Escape(report.Input)}: {verdict} in {report.Elapsed.TotalSeconds:0.00} s");
        var table = new Table().AddColumns("", "created", "updated", "unchanged", "deleted");
        foreach (var (kind, counts) in new[] { ("entities", report.Entities), ("sanctions", report.Sanctions), ("relationships", report.Relationships) })
        {
            table.AddRow(kind, $"{counts.Created:N0}", $"{counts.Updated:N0}", $"{counts.Unchanged:N0}", $"{counts.Deleted:N0}");
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"delisted: {report.Delisted:N0}   rejected: {report.Rejected.Count:N0}");
        foreach (var (kind, count) in report.Ignored.OrderBy(i => i.Key, StringComparer.Ordinal)) AnsiConsole.MarkupLine($"ignored {Markup.Escape(kind)}: {count:N0}");
        foreach (var rejection in report.Rejected.Take(50)) AnsiConsole.MarkupLine($"[red]rejected[/] {Markup.Escape(rejection.ToString())}");
        if (report.Rejected.Count > 50) AnsiConsole.MarkupLine($"… and {report.Rejected.Count - 50:N0} more rejected records (use --json for all).");
    }
}
