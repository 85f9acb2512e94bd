namespace Graph.Api.Tests.Infrastructure;

/// <summary>One cheap lookup made during an attack: how long it took and, when it failed, why.</summary>
public sealed record ProbeResult(TimeSpan Latency, string? Failure);

/// <summary>What an attack got back and what it cost the service; its assertions name every figure when they fail.</summary>
public sealed record AttackReport(
    IReadOnlyList<HttpAnswer>? Answers, string? Failure, TimeSpan Elapsed, IReadOnlyList<ProbeResult> Probes)
{
    private const long Megabyte = 1024 * 1024;

    /// <summary>The highest managed heap sampled during the attack, above the baseline taken after a full collection.</summary>
    public long PeakHeapGrowth { get; init; }

    /// <summary>The managed heap after a full collection once the attack was over, above the baseline: what it left behind.</summary>
    public long RetainedHeapGrowth { get; init; }

    public long PeakWorkingSetGrowth { get; init; }

    /// <summary>The only answer of a one-request attack.</summary>
    public HttpAnswer Answer => Assert.Single(AnswersOrFail());

    public IReadOnlyList<HttpAnswer> AnswersOrFail()
    {
        Assert.True(Answers is not null, $"The attack got no answer: {Failure}. {this}");
        return Answers;
    }

    /// <summary>Every answer came, and within <paramref name="bound"/>.</summary>
    public void AssertAnsweredWithin(TimeSpan bound)
    {
        Assert.True(Answers is not null, $"The attack got no answer: {Failure}. {this}");
        Assert.True(Elapsed <= bound, $"The attack was answered in {Elapsed.TotalSeconds:0.0} s, over {bound.TotalSeconds:0.#} s. {this}");
    }

    /// <summary>The heap grew by less than <paramref name="megabytes"/>, at its peak and after the attack.</summary>
    public void AssertHeapGrewLessThan(int megabytes)
    {
        Assert.True(PeakHeapGrowth < megabytes * Megabyte, $"The heap grew by {PeakHeapGrowth / Megabyte} MB at its peak, over {megabytes} MB. {this}");
        Assert.True(RetainedHeapGrowth < megabytes * Megabyte, $"The attack left {RetainedHeapGrowth / Megabyte} MB behind, over {megabytes} MB. {this}");
    }

    /// <summary>The heap kept less than <paramref name="megabytes"/> once the attack was over and a full collection ran.</summary>
    public void AssertRetainedHeapBelow(int megabytes)
    {
        Assert.True(RetainedHeapGrowth < megabytes * Megabyte, $"The attack left {RetainedHeapGrowth / Megabyte} MB behind, over {megabytes} MB. {this}");
    }

    /// <summary>Every cheap lookup made during the attack answered right, each within <paramref name="bound"/>.</summary>
    public void AssertCheapQueriesAnsweredWithin(TimeSpan bound)
    {
        Assert.All(Probes, p => Assert.True(p.Failure is null, $"A cheap lookup failed during the attack: {p.Failure}. {this}"));
        var slowest = Probes.Max(p => p.Latency);
        Assert.True(slowest <= bound, $"A cheap lookup took {slowest.TotalSeconds:0.0} s during the attack, over {bound.TotalSeconds:0.#} s. {this}");
    }

    /// <summary>The three things every attack test asserts: the time, the memory and a cheap query that still answers.</summary>
    public void AssertHeld(TimeSpan answeredWithin, int heapMegabytes, TimeSpan cheapQueriesWithin)
    {
        AssertAnsweredWithin(answeredWithin);
        AssertHeapGrewLessThan(heapMegabytes);
        AssertCheapQueriesAnsweredWithin(cheapQueriesWithin);
    }

    public override string ToString() =>
        $"[attack {Elapsed.TotalSeconds:0.00} s; heap +{PeakHeapGrowth / Megabyte} MB at peak, +{RetainedHeapGrowth / Megabyte} MB after; "
        + $"working set +{PeakWorkingSetGrowth / Megabyte} MB at peak; {Probes.Count} cheap lookups, slowest "
        + $"{(Probes.Count == 0 ? 0 : Probes.Max(p => p.Latency).TotalSeconds):0.00} s]";
}
