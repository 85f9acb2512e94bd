using System.Text.Json;
using Graph.Domain.Matching.Xref;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Xref;

/// <summary>
/// <c>graph xref</c>: proposes sameAs links between the entities of different datasets, best first, and changes
/// nothing. A reviewer accepts a pair with the linkSameAs mutation and rules one out with rejectSameAs.
/// </summary>
internal sealed class XrefCommand : AsyncCommand<XrefSettings>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override async Task<int> ExecuteAsync(CommandContext context, XrefSettings settings, CancellationToken cancellationToken)
    {
        await using var services = await GraphServices.OpenAsync(settings, cancellationToken);
        var scope = new XrefScope(settings.Datasets, settings.Against);
        var proposals = await services.GetRequiredService<SameAsProposer>().ProposeAsync(scope, settings.MinScore, cancellationToken: cancellationToken);
        if (settings.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(proposals.Select(Shape), Indented));
            return 0;
        }
        if (proposals.Count == 0)
        {
            Console.WriteLine($"No pair scores {settings.MinScore} or more.");
            return 0;
        }
        var table = new Table().AddColumns("score", "left", "right", "why");
        foreach (var p in proposals)
        {
            table.AddRow(
                p.Score.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape($"{p.Left.Name} ({p.Left.Id}, {string.Join(", ", p.LeftDatasets)})"),
                Markup.Escape($"{p.Right.Name} ({p.Right.Id}, {string.Join(", ", p.RightDatasets)})"),
                Markup.Escape(string.Join("; ", p.Explanations.Where(e => e.Weight is not null && e.Weight != 0).Select(e => $"{e.Feature} {e.Score:0.##}"))));
        }
        AnsiConsole.Write(table);
        Console.WriteLine($"{proposals.Count} proposal(s). Accept one with linkSameAs, rule one out with rejectSameAs.");
        return 0;
    }

    private static object Shape(SameAsCandidate p) => new
    {
        left = new { id = p.Left.Id, name = p.Left.Name, datasets = p.LeftDatasets },
        right = new { id = p.Right.Id, name = p.Right.Name, datasets = p.RightDatasets },
        score = p.Score,
        explanations = p.Explanations.Select(e => new { feature = e.Feature, score = e.Score, weight = e.Weight, query = e.Query, candidate = e.Candidate, detail = e.Detail }),
    };
}
