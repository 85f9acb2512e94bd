using System.Collections.Concurrent;
using System.Globalization;
using Graph.Benchmarks.Latency;

namespace Graph.Benchmarks.Load;

/// <summary>Latencies per operation and the failures, with what each failure was, for the summary table.</summary>
internal sealed class LoadRecorder
{
    private readonly ConcurrentQueue<(int Operation, long Ticks)> _latencies = new();
    private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.Ordinal);

    public int Failures => _failures.Values.Sum();

    public int Completed => _latencies.Count;

    public void Succeeded(int operation, long ticks) => _latencies.Enqueue((operation, ticks));

    public void Failed(int operation, long ticks, string what)
    {
        _latencies.Enqueue((operation, ticks));
        _failures.AddOrUpdate($"{LoadMix.Operations[operation]}: {what}", 1, (_, n) => n + 1);
    }

    public void Print(TimeSpan elapsed)
    {
        Console.WriteLine(LatencySample.Header);
        var all = new LatencySample("all");
        var samples = LoadMix.Operations.Select(name => new LatencySample(name)).ToArray();
        foreach (var (operation, ticks) in _latencies)
        {
            samples[operation].Add(ticks);
            all.Add(ticks);
        }
        foreach (var sample in samples.Append(all)) Console.WriteLine(sample.Row());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"completed {Completed:N0} requests in {elapsed.TotalSeconds:F0} s = {Completed / elapsed.TotalSeconds:F0} req/s; errors {Failures}"));
        foreach (var (what, count) in _failures.OrderByDescending(f => f.Value)) Console.WriteLine($"  {count} × {what}");
    }
}
