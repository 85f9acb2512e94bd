using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Graph.Benchmarks.Bdn;

/// <summary>
/// <c>bdn --store FILE [--filter SUBSTRING]</c>: runs <see cref="StoreBenchmarks"/> as a ShortRun job in
/// process (no generated project to build, which matters on a small shared machine), reporting medians and
/// p95. Artifacts go beside the store file.
/// </summary>
internal static class BdnCommand
{
    public static int Run(CommandArgs command)
    {
        var path = Path.GetFullPath(command.Required("store"));
        if (!File.Exists(path)) throw new ArgumentException($"There is no store file '{path}'; run 'generate' first.");
        Environment.SetEnvironmentVariable(StoreBenchmarks.StoreVariable, path);
        var filter = command.Optional("filter");
        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
            .WithArtifactsPath(Path.Combine(Path.GetDirectoryName(path)!, "BenchmarkDotNet.Artifacts"));
        if (filter is not null) config = config.AddFilter(new BenchmarkDotNet.Filters.NameFilter(name => name.Contains(filter, StringComparison.OrdinalIgnoreCase)));
        var summary = BenchmarkRunner.Run<StoreBenchmarks>(config);
        return summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) ? 1 : 0;
    }
}
