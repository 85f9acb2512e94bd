using System.ComponentModel;
using Graph.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Export;

internal sealed class ExportSettings : StoreSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("cypher (a script for cypher-shell), neo4j-admin (CSV files for neo4j-admin database import) or ftm (FollowTheMoney JSON lines).")]
    public string Format { get; init; } = "";

    [CommandOption("--out <PATH>")]
    [Description("The file to write, replaced only once complete; default: standard output. For neo4j-admin, the folder to write the files into (required).")]
    public string? Out { get; init; }

    public ExportFormat ExportFormat => ExportFormats.ByName[Format];

    public override ValidationResult Validate()
    {
        if (!ExportFormats.ByName.ContainsKey(Format))
        {
            return ValidationResult.Error($"--format must be one of: {string.Join(", ", ExportFormats.ByName.Keys)}.");
        }
        if (ExportFormat == ExportFormat.Neo4jAdmin)
        {
            if (string.IsNullOrWhiteSpace(Out)) return ValidationResult.Error("neo4j-admin writes several CSV files and a README: give the folder with --out FOLDER.");
            if (File.Exists(Out)) return ValidationResult.Error($"--out '{Out}' is a file; neo4j-admin needs a folder.");
            return ValidationResult.Success();
        }
        if (Out is not null && (Out.Length == 0 || Directory.Exists(Out)))
        {
            return ValidationResult.Error($"--out '{Out}' must name a file for {Format}.");
        }
        return ValidationResult.Success();
    }
}
