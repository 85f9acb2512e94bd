using System.Globalization;

namespace Graph.Benchmarks.Matching;

/// <summary>Name pairs scored against a threshold: precision, recall and F1, overall and by entity type.</summary>
internal sealed class PairTally
{
    private readonly List<(string Type, bool Same, double Score)> _pairs = [];

    public void Add(string type, bool same, double score) => _pairs.Add((type, same, score));

    /// <summary>Precision, recall and F1 of "score ≥ threshold means same" over the pairs of <paramref name="type"/> (null for all).</summary>
    public (double Precision, double Recall, double F1, int Count) At(double threshold, string? type = null)
    {
        var pairs = _pairs.Where(p => type is null || p.Type == type).ToList();
        var truePositives = pairs.Count(p => p.Same && p.Score >= threshold);
        var falsePositives = pairs.Count(p => !p.Same && p.Score >= threshold);
        var falseNegatives = pairs.Count(p => p.Same && p.Score < threshold);
        var precision = truePositives + falsePositives == 0 ? 0 : (double)truePositives / (truePositives + falsePositives);
        var recall = truePositives + falseNegatives == 0 ? 0 : (double)truePositives / (truePositives + falseNegatives);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1, pairs.Count);
    }

    /// <summary>The threshold, in steps of 0.05, at which F1 over all pairs is highest: where the scorer's scale would best be cut.</summary>
    public (double Threshold, double F1) Best() =>
        Enumerable.Range(1, 19).Select(i => i * 0.05).Select(t => (t, At(t).F1)).MaxBy(x => x.F1);

    public string Table(double threshold)
    {
        var lines = new List<string> { "| type | pairs | precision | recall | F1 |", "|---|---:|---:|---:|---:|" };
        foreach (var type in _pairs.Select(p => p.Type).Distinct().Order(StringComparer.Ordinal).Append(null))
        {
            var (precision, recall, f1, count) = At(threshold, type);
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"| {type ?? QualityTally.Total} | {count:N0} | {precision:F3} | {recall:F3} | {f1:F3} |"));
        }
        return string.Join(Environment.NewLine, lines);
    }
}
