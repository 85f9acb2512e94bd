using System.Globalization;

namespace Graph.Benchmarks.Matching;

/// <summary>Counts of one measure, overall and by entity type, printed as a Markdown table row per type.</summary>
internal sealed class QualityTally
{
    private readonly SortedDictionary<string, int[]> _byType = new(StringComparer.Ordinal);

    /// <summary>Adds one case of <paramref name="type"/>, with a flag per column (true counts one).</summary>
    public void Add(string type, params bool[] flags)
    {
        foreach (var key in new[] { type, Total })
        {
            if (!_byType.TryGetValue(key, out var counts)) _byType[key] = counts = new int[flags.Length + 1];
            counts[0]++;
            for (var i = 0; i < flags.Length; i++) counts[i + 1] += flags[i] ? 1 : 0;
        }
    }

    public const string Total = "all";

    /// <summary>The share of cases of <paramref name="type"/> with column <paramref name="column"/> set, 0 when none.</summary>
    public double Share(string type, int column) =>
        _byType.TryGetValue(type, out var counts) && counts[0] > 0 ? (double)counts[column + 1] / counts[0] : 0;

    public int Count(string type) => _byType.TryGetValue(type, out var counts) ? counts[0] : 0;

    /// <summary>A Markdown table: type, count, then each column's share; the overall row last.</summary>
    public string Table(params string[] columns)
    {
        var lines = new List<string>
        {
            $"| type | n | {string.Join(" | ", columns)} |",
            $"|---|---:|{string.Concat(columns.Select(_ => "---:|"))}",
        };
        foreach (var type in _byType.Keys.Where(t => t != Total).Append(Total).Where(_byType.ContainsKey))
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {type} | {Count(type):N0} | {string.Join(" | ", columns.Select((_, i) => Share(type, i).ToString("F3", CultureInfo.InvariantCulture)))} |"));
        }
        return string.Join(Environment.NewLine, lines);
    }
}
