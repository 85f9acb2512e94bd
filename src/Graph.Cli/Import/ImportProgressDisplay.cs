using Graph.Import.Running;
using Spectre.Console;

namespace Graph.Cli.Import;

/// <summary>A live status line on a terminal; one line per phase on standard error when the output is redirected.</summary>
internal static class ImportProgressDisplay
{
    public static async Task<ImportReport> RunAsync(Func<IProgress<ImportProgress>, Task<ImportReport>> import)
    {
        if (Console.IsErrorRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            var lastPhase = "";
            var clock = System.Diagnostics.Stopwatch.StartNew();
            return await import(new SynchronousProgress(p =>
            {
                if (p.Phase == lastPhase) return;
                lastPhase = p.Phase;
                var records = p.Total > 0 ? $" ({p.Total:N0} records)" : "";
                Console.Error.WriteLine($"[{clock.Elapsed.TotalSeconds,6:0.0} s] {p.Phase}{records}…");
            }));
        }
        return await AnsiConsole.Status().StartAsync("Importing…", status =>
            import(new SynchronousProgress(p => status.Status(p switch
            {
                { Total: > 0 } => $"{p.Phase}: {p.Done:N0} of {p.Total:N0}",
                // A phase whose total is not known ahead, such as writing a file as it is read, counts what it has done.
                { Done: > 0 } => $"{p.Phase}: {p.Done:N0}",
                _ => $"{p.Phase}…",
            }))));
    }

    /// <summary>Reports on the caller's thread, so phases print in order and before the work they announce.</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
