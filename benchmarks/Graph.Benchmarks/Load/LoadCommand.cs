using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

namespace Graph.Benchmarks.Load;

/// <summary>
/// <c>load --url URL --entities N [--seconds 300] [--rate R | --peak-seconds 20] [--concurrency 32]</c>: with --rate,
/// sends R requests a second on a fixed schedule (open loop: a slow answer does not slow the schedule, and each
/// latency counts from when the request was due) for --seconds; without it, finds the peak with --concurrency
/// requests in flight for --peak-seconds and prints it as <c>peak req/s: N</c>. Any answer but a 200 without GraphQL
/// errors, and any request that could not be sent, is an error.
/// </summary>
internal static class LoadCommand
{
    private const int MaxInFlight = 512;

    public static async Task<int> RunAsync(CommandArgs command)
    {
        var url = new Uri(new Uri(command.Required("url")), "/graphql");
        var mix = new LoadMix(command.Int("entities", 100_000));
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = MaxInFlight, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        var recorder = new LoadRecorder();
        var clock = Stopwatch.StartNew();
        if (command.Optional("rate") is { } rateText)
        {
            var rate = double.Parse(rateText, CultureInfo.InvariantCulture);
            var late = await FixedRateAsync(client, url, mix, recorder, rate, TimeSpan.FromSeconds(command.Int("seconds", 300)));
            recorder.Print(clock.Elapsed);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"target {rate:F0} req/s; requests that waited for a free slot: {late}"));
            return recorder.Failures == 0 ? 0 : 1;
        }
        await ClosedLoopAsync(client, url, mix, recorder, command.Int("concurrency", 32), TimeSpan.FromSeconds(command.Int("peak-seconds", 20)));
        recorder.Print(clock.Elapsed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak req/s: {recorder.Completed / clock.Elapsed.TotalSeconds:F0}"));
        return 0;
    }

    private static async Task ClosedLoopAsync(HttpClient client, Uri url, LoadMix mix, LoadRecorder recorder, int concurrency, TimeSpan duration)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Stopwatch.GetTimestamp() < end) await SendAsync(client, url, mix, recorder, Stopwatch.GetTimestamp());
        }));
    }

    /// <summary>Starts each request when it is due; returns how many had to wait because MaxInFlight were outstanding.</summary>
    private static async Task<int> FixedRateAsync(HttpClient client, Uri url, LoadMix mix, LoadRecorder recorder, double rate, TimeSpan duration)
    {
        var slots = new SemaphoreSlim(MaxInFlight);
        var start = Stopwatch.GetTimestamp();
        var total = (long)(rate * duration.TotalSeconds);
        var running = new List<Task>();
        var late = 0;
        for (long sent = 0; sent < total; sent++)
        {
            var due = start + (long)(sent / rate * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
            if (!slots.Wait(0))
            {
                late++;
                await slots.WaitAsync();
            }
            running.Add(Task.Run(async () =>
            {
                try { await SendAsync(client, url, mix, recorder, due); }
                finally { slots.Release(); }
            }));
            if (running.Count > 10_000) running.RemoveAll(t => t.IsCompleted);
        }
        await Task.WhenAll(running);
        return late;
    }

    private static async Task SendAsync(HttpClient client, Uri url, LoadMix mix, LoadRecorder recorder, long due)
    {
        var (operation, body) = mix.Next();
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await client.PostAsync(url, content);
            var text = await response.Content.ReadAsStringAsync();
            var ticks = Stopwatch.GetTimestamp() - due;
            if (!response.IsSuccessStatusCode) recorder.Failed(operation, ticks, $"HTTP {(int)response.StatusCode}");
            else if (text.Contains("\"errors\"", StringComparison.Ordinal)) recorder.Failed(operation, ticks, "GraphQL errors: " + text[..Math.Min(text.Length, 200)]);
            else recorder.Succeeded(operation, ticks);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            recorder.Failed(operation, Stopwatch.GetTimestamp() - due, e.GetType().Name + ": " + e.Message);
        }
    }
}
