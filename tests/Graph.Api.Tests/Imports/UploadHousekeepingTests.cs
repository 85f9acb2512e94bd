using System.Net;
using System.Reflection;
using Graph.Api.Tests.Infrastructure;
using Graph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Imports;

/// <summary>Upload folders left by a crashed instance go at start; a store held by another writer is a 503 to retry.</summary>
public sealed class UploadHousekeepingTests
{
    private static readonly string Uploads = Path.Combine(Path.GetTempPath(), "graph-uploads");

    [Fact]
    public async Task Folders_of_instances_that_are_gone_are_removed_at_start_and_live_ones_stay()
    {
        var dead = Folder("999999");
        var live = Folder("999998");
        // The owner file last: from then on any instance that starts, in this test run or not, may sweep the folder.
        await File.WriteAllTextAsync(Path.Combine(Directory.CreateDirectory(Path.Combine(dead, "upload")).FullName, "sdn.csv"), "left behind");
        await File.WriteAllTextAsync(Path.Combine(dead, ".owner"), "");
        string own;
        using (new FileStream(Path.Combine(live, ".owner"), FileMode.Create, FileAccess.ReadWrite, FileShare.None))
        {
            using var app = new GraphApp();
            _ = app.BaseAddress;

            // An instance started by another test at the same moment may be the one sweeping it, and not be done yet.
            await Eventually.Holds(() => !Directory.Exists(dead), "the folder of a stopped instance going");
            Assert.True(Directory.Exists(live), "the folder of a live instance must stay");
            own = app.Services.GetRequiredService<Api.Imports.UploadRoot>().Path;
            Assert.StartsWith(Path.Combine(Uploads, $"{Environment.ProcessId}-"), own, StringComparison.Ordinal);
            Assert.True(Held(own), "an instance holds the lock of its own folder");
        }
        // Another instance starting meanwhile may be sweeping the folder at the same moment: give it time to finish.
        await Eventually.Holds(() => !Directory.Exists(own), "an instance removing its own folder when it stops");
        RemoveUnlessSwept(live);
    }

    /// <summary>The test's own folder, unless an instance that started once its lock was let go has swept it already.</summary>
    private static void RemoveUnlessSwept(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Swept by another instance of this test run: the outcome the cleanup wanted.
        }
    }

    [Fact]
    public async Task A_store_held_by_another_writer_is_a_503_with_retry_after()
    {
        using var app = new GraphApp(new() { ["Auth:ApiKeys:0"] = UploadClient.Key, ["Seed:Enabled"] = "false" }, BusyStore.Around);
        using var client = app.Authorized();
        using var content = new StringContent("""{"id":"p","schema":"Person","properties":{"name":["P"]}}""");

        using var response = await client.PostAsync("/imports?format=ftm", content);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter!.Delta);
        Assert.Contains("\"error\":\"BUSY\"", await response.Content.ReadAsStringAsync());
    }

    private static string Folder(string pid) => Directory.CreateDirectory(Path.Combine(Uploads, $"{pid}-{Guid.NewGuid():N}")).FullName;

    private static bool Held(string folder)
    {
        try
        {
            using var _ = new FileStream(Path.Combine(folder, ".owner"), FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <summary>The real store, except that every write finds it held by another writer.</summary>
    private class BusyStore : DispatchProxy
    {
        private IGraphStore _inner = null!;

        public static void Around(IServiceCollection services)
        {
            var original = services.Last(d => d.ServiceType == typeof(IGraphStore));
            services.Remove(original);
            services.AddSingleton(sp =>
            {
                var proxy = Create<IGraphStore, BusyStore>();
                ((BusyStore)(object)proxy)._inner = (IGraphStore)original.ImplementationFactory!(sp);
                return proxy;
            });
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            targetMethod!.Name is nameof(IGraphStore.WriteAsync) or nameof(IGraphStore.WriteInPartsAsync)
                ? Task.FromException(new StoreBusyException("database is locked") { RetryAfter = TimeSpan.FromSeconds(7) })
                : targetMethod.Invoke(_inner, args);
    }
}
