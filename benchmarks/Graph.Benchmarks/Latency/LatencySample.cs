using System.Diagnostics;
using System.Globalization;

namespace Graph.Benchmarks.Latency;

/// <summary>The timings of one operation, with nearest-rank percentiles in milliseconds.</summary>
internal sealed class LatencySample(string operation)
{
    private readonly List<long> _ticks = [];

    public string Operation { get; } = operation;

    public int Count => _ticks.Count;

    public void Add(long ticks) => _ticks.Add(ticks);

    public double Percentile(double share)
    {
        if (_ticks.Count == 0) return double.NaN;
        var sorted = _ticks.Order().ToList();
        var rank = (int)Math.Ceiling(share * sorted.Count) - 1;
        return Milliseconds(sorted[Math.Clamp(rank, 0, sorted.Count - 1)]);
    }

    public double Mean => _ticks.Count == 0 ? double.NaN : Milliseconds((long)_ticks.Average());

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Operation} | {Count:N0} | {Percentile(0.50):F3} | {Percentile(0.95):F3} | {Percentile(0.99):F3} | {Percentile(1):F3} | {Mean:F3} |");

    public const string Header = """
        | operation | ops | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | mean (ms) |
        |---|---:|---:|---:|---:|---:|---:|
        """;

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
