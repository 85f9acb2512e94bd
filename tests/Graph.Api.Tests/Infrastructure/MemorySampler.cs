namespace Graph.Api.Tests.Infrastructure;

/// <summary>
/// Samples the managed heap and the working set of this process, where the server runs, on a thread of its own: an
/// attack may starve the thread pool.
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Thread _thread;
    private volatile bool _stopped;

    private MemorySampler(long baselineHeap)
    {
        PeakHeap = baselineHeap;
        PeakWorkingSet = Environment.WorkingSet;
        _thread = new Thread(Sample) { IsBackground = true, Name = "attack memory sampler" };
    }

    public long PeakHeap { get; private set; }

    public long PeakWorkingSet { get; private set; }

    public static MemorySampler Start(long baselineHeap)
    {
        var sampler = new MemorySampler(baselineHeap);
        sampler._thread.Start();
        return sampler;
    }

    public void Dispose()
    {
        _stopped = true;
        _thread.Join();
    }

    private void Sample()
    {
        while (!_stopped)
        {
            PeakHeap = Math.Max(PeakHeap, GC.GetTotalMemory(forceFullCollection: false));
            PeakWorkingSet = Math.Max(PeakWorkingSet, Environment.WorkingSet);
            Thread.Sleep(25);
        }
    }
}
