using System.ComponentModel;
using Graph.Domain.Model;
using Graph.Import;
using Graph.Import.Running;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Import;

internal sealed class ImportSettings : StoreSettings
{
    [CommandArgument(0, "<PATH>")]
    [Description("A file, or a folder: seed-data/ for the seed format, the folder of sdn.csv for OFAC CSV.")]
    public string Path { get; init; } = "";

    [CommandOption("--format <FORMAT>")]
    [Description("The format: seed, ofac-csv or ftm (see ImportFormats).")]
    public string Format { get; init; } = "";

    [CommandOption("--published <DATE>")]
    [Description("The publication date of the list, YYYY-MM-DD. Default: today. OFAC CSV files carry none.")]
    public string? Published { get; init; }

    [CommandOption("--dry-run")]
    [Description("Report what would change and write nothing.")]
    public bool DryRun { get; init; }

    [CommandOption("--skip-invalid")]
    [Description("Write the valid records even when some are rejected. Without it, any rejected record stops the import and nothing is written.")]
    public bool SkipInvalid { get; init; }

    [CommandOption("--allow-older")]
    [Description("Import a publication older than the newest one of its list already imported. Without it, such a publication is refused. Even so, lastSeen never moves back and nothing a newer publication wrote or carried changes.")]
    public bool AllowOlder { get; init; }

    [CommandOption("--json")]
    [Description("Print the report as JSON for scripts.")]
    public bool Json { get; init; }

    public ImportFormat ImportFormat => ImportFormats.Named(Format);

    public DateOnly PublishedOn => PublishedDay.TryParse(Published, out var day) is null ? day : throw new InvalidOperationException("Validate refuses a bad --published.");

    public override ValidationResult Validate()
    {
        if (ImportFormats.Find(Format) is null) return ValidationResult.Error($"--format must be one of: {ImportFormats.Names}.");
        if (PublishedDay.TryParse(Published, out _) is { } problem) return ValidationResult.Error($"--published {problem}");
        if (!File.Exists(Path) && !Directory.Exists(Path)) return ValidationResult.Error($"'{Path}' is neither a file nor a folder.");
        return ValidationResult.Success();
    }
}
