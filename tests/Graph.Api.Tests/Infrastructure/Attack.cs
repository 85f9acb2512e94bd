using System.Diagnostics;

namespace Graph.Api.Tests.Infrastructure;

/// <summary>
/// Runs one attack against the service and measures what it cost: how long until the answer, how far the heap and
/// the working set grew (the server runs in this process), and how long a cheap lookup took, asked again and again
/// while the attack was in flight.
/// </summary>
public static class Attack
{
    private const string CheapQuery = "query Cheap($id: ID!) { entity(id: $id) { name } }";
    private static int _probes;

    public static Task<AttackReport> RunAsync(HubGraphApp graph, Func<HttpClient, CancellationToken, Task<HttpAnswer>> attack, TimeSpan patience) =>
        RunAsync(graph, async (client, cancellationToken) => (IReadOnlyList<HttpAnswer>)[await attack(client, cancellationToken)], patience);

    /// <summary>Runs <paramref name="attack"/>, giving up on it after <paramref name="patience"/>.</summary>
    public static async Task<AttackReport> RunAsync(
        HubGraphApp graph, Func<HttpClient, CancellationToken, Task<IReadOnlyList<HttpAnswer>>> attack, TimeSpan patience)
    {
        using var attacker = graph.Client();
        using var prober = graph.Client();
        // Connections, JIT and the first store read are paid before the baseline, not by the attack.
        await ProbeAsync(prober);
        await ProbeAsync(attacker);
        var baselineHeap = GC.GetTotalMemory(forceFullCollection: true);
        var baselineWorkingSet = Environment.WorkingSet;
        using var giveUp = new CancellationTokenSource(patience);
        IReadOnlyList<HttpAnswer>? answers = null;
        string? failure = null;
        TimeSpan elapsed;
        IReadOnlyList<ProbeResult> probes;
        long peakHeap, peakWorkingSet;
        using (var sampler = MemorySampler.Start(baselineHeap))
        {
            var clock = Stopwatch.StartNew();
            var attacking = Task.Run(() => attack(attacker, giveUp.Token));
            var probing = ProbeWhileAsync(prober, attacking);
            try
            {
                answers = await attacking;
            }
            catch (OperationCanceledException) when (giveUp.IsCancellationRequested)
            {
                failure = $"no answer within {patience.TotalSeconds:0.#} s";
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                failure = $"the request failed: {e.Message}";
            }
            elapsed = clock.Elapsed;
            probes = await probing;
            peakHeap = sampler.PeakHeap;
            peakWorkingSet = sampler.PeakWorkingSet;
        }
        var retainedHeap = GC.GetTotalMemory(forceFullCollection: true);
        return new AttackReport(answers, failure, elapsed, probes)
        {
            PeakHeapGrowth = peakHeap - baselineHeap,
            RetainedHeapGrowth = retainedHeap - baselineHeap,
            PeakWorkingSetGrowth = peakWorkingSet - baselineWorkingSet,
        };
    }

    /// <summary>Cheap lookups one after the other until the attack is over, and at least three of them.</summary>
    private static async Task<IReadOnlyList<ProbeResult>> ProbeWhileAsync(HttpClient client, Task attack)
    {
        var results = new List<ProbeResult>();
        await Task.WhenAny(attack, Task.Delay(TimeSpan.FromMilliseconds(100)));
        while (!attack.IsCompleted || results.Count < 3)
        {
            results.Add(await ProbeAsync(client));
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
        return results;
    }

    /// <summary>One lookup of a name by id; each probe asks for another entity, so no cached answer serves it.</summary>
    private static async Task<ProbeResult> ProbeAsync(HttpClient client)
    {
        var index = Interlocked.Increment(ref _probes) % HubGraph.OtherEntities;
        var clock = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            var answer = await client.PostGraphQLAsync(CheapQuery, new { id = HubGraph.OtherId(index) }, cancellationToken: timeout.Token);
            var name = answer.Json?["data"]?["entity"]?["name"]?.GetValue<string>();
            return new ProbeResult(clock.Elapsed, name == HubGraph.OtherName(index) ? null : answer.ToString());
        }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException or IOException)
        {
            return new ProbeResult(clock.Elapsed, e.Message);
        }
    }
}
