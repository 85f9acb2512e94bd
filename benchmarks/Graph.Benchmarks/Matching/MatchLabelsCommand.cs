using System.Text.Json;

namespace Graph.Benchmarks.Matching;

/// <summary>
/// <c>match-labels --ofac DIR --out FILE [--seed 10] [--unlisted 1000] [--lookalikes 300]</c>: writes the labelled set
/// of <see cref="LabelSetBuilder"/> as JSON lines (<see cref="MatchLabel"/>), from an OFAC legacy CSV folder read by the
/// project's own importer once with alt.csv and once without.
/// </summary>
internal static class MatchLabelsCommand
{
    public static async Task<int> RunAsync(CommandArgs command)
    {
        var folder = command.Required("ofac");
        var path = command.Required("out");
        var builder = new LabelSetBuilder(
            LabelEntry.Of(OfacPublication.Read(folder, withAlt: true).Entities, OfacPublication.Read(folder, withAlt: false).Entities),
            command.Int("seed", 10, min: 0));
        List<MatchLabel> labels =
        [
            .. builder.Aliases(),
            .. builder.Unlisted(command.Int("unlisted", 1000)),
            .. builder.LookAlikes(command.Int("lookalikes", 300)),
            .. builder.Pairs(),
        ];
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllLinesAsync(path, labels.Select(l => JsonSerializer.Serialize(l, MatchLabel.Json)));
        Console.WriteLine($"Wrote {labels.Count:N0} labels to {path}:");
        foreach (var set in labels.GroupBy(l => (l.Set, l.Type, l.Same)).OrderBy(g => g.Key.Set, StringComparer.Ordinal).ThenBy(g => g.Key.Type, StringComparer.Ordinal))
        {
            var same = set.Key.Same switch { true => " (same entry)", false => " (different entries)", null => "" };
            Console.WriteLine($"  {set.Key.Set,-10} {set.Key.Type,-13}{same,-22} {set.Count(),7:N0}");
        }
        return 0;
    }
}
