using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Graph.Benchmarks.Latency;

namespace Graph.Benchmarks.ReadsDuringImport;

/// <summary>
/// <c>reads-during-import --url URL --import FILE (--key KEY | --cli GRAPH_DLL --store FILE) [--imports 1] [--entities 100000]
/// [--rate 200] [--warm-up 5] [--before 10] [--after 5]</c>: GraphQL lookups of random ids sent at a fixed rate (an open loop: each is
/// timed from when it was due, so a stalled server cannot hide its stall by slowing the sender), first alone, then while
/// one or more FtM imports of the same file run, then alone again. An import is posted to <c>/imports</c> with the key,
/// or run by the CLI as a process of its own on the file the service reads. Prints the percentiles of each phase.
/// </summary>
internal static class ReadsDuringImportCommand
{
    private const string Lookup = "query($id: ID!) { entity(id: $id) { id name kind } }";

    public static async Task<int> RunAsync(CommandArgs command)
    {
        var url = new Uri(command.Required("url"));
        var cli = command.Optional("cli");
        var store = cli is null ? null : command.Required("store");
        var key = cli is null ? command.Required("key") : null;
        var file = command.Required("import");
        var imports = command.Int("imports", 1);
        var entities = command.Int("entities", 100_000);
        var rate = command.Int("rate", 200);
        var before = TimeSpan.FromSeconds(command.Int("before", 10));
        var after = TimeSpan.FromSeconds(command.Int("after", 5));

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
        var phases = new Phases();
        using var stop = new CancellationTokenSource();
        var sender = SendAsync(http, rate, entities, phases, stop.Token);

        // The first seconds measure the JIT and the caches filling; they are reported apart.
        await Task.Delay(TimeSpan.FromSeconds(command.Int("warm-up", 5, min: 0)));
        phases.Enter("before the import");
        await Task.Delay(before);
        phases.Enter("during the import" + (imports > 1 ? $"s ({imports} at once)" : ""));
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, imports).Select(_ =>
            cli is null ? ImportAsync(http, key!, file) : RunCliAsync(cli, store!, file)));
        var importTime = clock.Elapsed;
        phases.Enter("after");
        await Task.Delay(after);
        await stop.CancelAsync();
        var failures = await sender;

        Console.WriteLine(FormattableString.Invariant($"{imports} import(s) of {file}: {importTime.TotalSeconds:F1} s; answers: {string.Join(", ", results)}"));
        Console.WriteLine(FormattableString.Invariant($"Lookups at {rate}/s of random ids among {entities:N0}; failed or non-200: {failures}"));
        Console.WriteLine(LatencySample.Header);
        foreach (var sample in phases.All) Console.WriteLine(sample.Row());
        if (command.Optional("timeline") is "true") Timeline.Print();
        return failures == 0 ? 0 : 1;
    }

    private static async Task<int> SendAsync(HttpClient http, int rate, int entities, Phases phases, CancellationToken stop)
    {
        var random = new Random(11);
        var interval = Stopwatch.Frequency / (double)rate;
        var start = Stopwatch.GetTimestamp();
        var inFlight = new List<Task<bool>>();
        var failures = 0;
        for (long n = 0; !stop.IsCancellationRequested; n++)
        {
            var due = start + (long)(n * interval);
            var wait = due - Stopwatch.GetTimestamp();
            if (wait > 0) await Task.Delay(TimeSpan.FromSeconds(wait / (double)Stopwatch.Frequency), CancellationToken.None);
            var id = string.Create(CultureInfo.InvariantCulture, $"syn-{random.Next(entities):D7}");
            inFlight.Add(LookUpAsync(http, id, due, phases.Current));
            if (inFlight.Count > 4 * rate) failures += await Drain(inFlight);
        }
        return failures + await Drain(inFlight);
    }

    private static async Task<int> Drain(List<Task<bool>> tasks)
    {
        var answers = await Task.WhenAll(tasks);
        tasks.Clear();
        return answers.Count(ok => !ok);
    }

    private static async Task<bool> LookUpAsync(HttpClient http, string id, long due, LatencySample phase)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { query = Lookup, variables = new { id } });
        try
        {
            using var response = await http.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
            var text = await response.Content.ReadAsStringAsync();
            var latency = Stopwatch.GetTimestamp() - due;
            lock (phase) phase.Add(latency);
            Timeline.Add(due, latency);
            return response.IsSuccessStatusCode && text.Contains(id, StringComparison.Ordinal);
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static async Task<string> ImportAsync(HttpClient http, string key, string file)
    {
        await using var content = File.OpenRead(file);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/imports?format=ftm&published=2024-01-01") { Content = new StreamContent(content) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
    }

    private static async Task<string> RunCliAsync(string cli, string store, string file)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[cli, "import", file, "--format", "ftm", "--published", "2024-01-01", "--store", store, "--json"])
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The CLI did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await Task.WhenAll(output, errors);
        return process.ExitCode == 0 ? "exit 0" : $"exit {process.ExitCode}: {errors.Result.Trim()}";
    }

    /// <summary>The slowest lookup of each half second, by when it was due, to see which part of an import stalls reads.</summary>
    private static class Timeline
    {
        private static readonly List<(long Due, long Latency)> Samples = [];

        public static void Add(long due, long latency)
        {
            lock (Samples) Samples.Add((due, latency));
        }

        public static void Print()
        {
            var start = Samples.Min(s => s.Due);
            var window = Stopwatch.Frequency / 2;
            foreach (var group in Samples.GroupBy(s => (s.Due - start) / window).OrderBy(g => g.Key))
            {
                Console.WriteLine(FormattableString.Invariant(
                    $"{group.Key * 0.5,6:F1} s  {DateTime.Now.AddSeconds(-(Stopwatch.GetTimestamp() - start - group.Key * window) / (double)Stopwatch.Frequency):HH:mm:ss.f}  max {group.Max(s => s.Latency) * 1000.0 / Stopwatch.Frequency,8:F1} ms"));
            }
        }
    }

    /// <summary>The phase the run is in; each lookup is counted in the phase it was due in.</summary>
    private sealed class Phases
    {
        private readonly List<LatencySample> _all = [new("warm-up")];

        public LatencySample Current => Volatile.Read(ref _current) ?? _all[0];

        public IReadOnlyList<LatencySample> All => _all;

        private LatencySample? _current;

        public void Enter(string name)
        {
            var next = new LatencySample(name);
            _all.Add(next);
            Volatile.Write(ref _current, next);
        }
    }
}
