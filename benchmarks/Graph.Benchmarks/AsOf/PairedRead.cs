using System.Diagnostics;
using System.Globalization;
using Graph.Benchmarks.Latency;

namespace Graph.Benchmarks.AsOf;

/// <summary>
/// One read timed on the same inputs without a day and with one or more days (asOf, knownAsOf): every call of
/// input i runs each variant once, the variants' order rotating with i, so that noise and caches fall on all alike.
/// </summary>
internal sealed class PairedRead(string read, Func<int, Task> without, params (string Day, Func<int, Task> Call)[] withDay)
{
    /// <summary>The most the p99 with a day may be, as a multiple of the p99 without (issue 11).</summary>
    public const double Target = 1.5;

    private readonly LatencySample _without = new($"{read}, no day");
    private readonly LatencySample[] _with = [.. withDay.Select(variant => new LatencySample($"{read}, {variant.Day}"))];

    public IEnumerable<LatencySample> Samples => [_without, .. _with];

    /// <summary>Warm-up calls on the inputs after the first <paramref name="ops"/>, then each of the first <paramref name="ops"/> timed.</summary>
    public async Task MeasureAsync(int ops, int warmUp)
    {
        var calls = new[] { without }.Concat(withDay.Select(variant => variant.Call)).ToArray();
        var samples = new[] { _without }.Concat(_with).ToArray();
        for (var i = ops; i < ops + warmUp; i++)
        {
            foreach (var call in calls) await call(i);
        }
        GC.Collect();
        for (var i = 0; i < ops; i++)
        {
            for (var k = 0; k < calls.Length; k++)
            {
                var variant = (i + k) % calls.Length;
                var start = Stopwatch.GetTimestamp();
                await calls[variant](i);
                samples[variant].Add(Stopwatch.GetTimestamp() - start);
            }
        }
    }

    /// <summary>One row per day: the p50 and p99 without and with it, the p99 ratio and whether it meets <see cref="Target"/>.</summary>
    public IEnumerable<string> RatioRows() => withDay.Select((variant, k) =>
    {
        var ratio = _with[k].Percentile(0.99) / _without.Percentile(0.99);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {read} | {variant.Day} | {_without.Percentile(0.50):F3} | {_without.Percentile(0.99):F3} | {_with[k].Percentile(0.50):F3} | {_with[k].Percentile(0.99):F3} | {ratio:F2} | {(ratio <= Target ? "yes" : "NO")} |");
    });

    public const string RatioHeader = """
        | read | day | p50 no day (ms) | p99 no day (ms) | p50 with day (ms) | p99 with day (ms) | p99 ratio | ≤ 1.5× |
        |---|---|---:|---:|---:|---:|---:|---|
        """;
}
