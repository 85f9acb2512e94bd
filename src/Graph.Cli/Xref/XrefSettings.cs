using System.ComponentModel;
using Graph.Domain.Matching;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Xref;

internal sealed class XrefSettings : StoreSettings
{
    [CommandOption("--dataset <NAME>")]
    [Description("Ask about the entities of this dataset (repeatable), e.g. seed or us_ofac_sdn. Default: every dataset.")]
    public string[] Datasets { get; init; } = [];

    [CommandOption("--against <NAME>")]
    [Description("Propose only entities of this dataset (repeatable). Default: any dataset but the entity's own.")]
    public string[] Against { get; init; } = [];

    [CommandOption("--min-score <S>")]
    [Description("The least score a proposal has, 0 to 1. Default: 0.7.")]
    public double MinScore { get; init; } = MatchOptions.DefaultThreshold;

    [CommandOption("--json")]
    [Description("Print the proposals as a JSON array instead of a table.")]
    public bool Json { get; init; }

    public override ValidationResult Validate() =>
        MinScore is >= 0 and <= 1 ? ValidationResult.Success() : ValidationResult.Error($"--min-score must be between 0 and 1, not {MinScore}.");
}
