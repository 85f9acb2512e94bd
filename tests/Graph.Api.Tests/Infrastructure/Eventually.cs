namespace Graph.Api.Tests.Infrastructure;

public static class Eventually
{
    /// <summary>Waits until the condition holds, failing after <paramref name="within"/> (10 s unless told).</summary>
    public static async Task Holds(Func<bool> condition, string what, TimeSpan? within = null)
    {
        var limit = within ?? TimeSpan.FromSeconds(10);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < limit, $"{what} did not happen within {limit.TotalSeconds} s");
            await Task.Delay(20);
        }
    }
}
