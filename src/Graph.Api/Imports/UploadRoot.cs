namespace Graph.Api.Imports;

/// <summary>
/// The folder this service instance keeps its uploads in, <c>graph-uploads/&lt;pid&gt;-&lt;id&gt;</c> under the temporary
/// folder, claimed by an exclusive lock on its <c>.owner</c> file for the life of the instance. The OS drops the lock
/// when the process dies, however it dies, so at start every folder whose lock can be taken again belongs to an
/// instance that is gone and is removed with what it held; folders of live instances, in this process or in others
/// sharing the temporary folder, stay.
/// </summary>
internal sealed class UploadRoot : IDisposable
{
    private const string OwnerFile = ".owner";

    // A folder with no lock yet is one being made right now, unless it is this old: then its maker died in between.
    private static readonly TimeSpan Unclaimed = TimeSpan.FromHours(1);

    private readonly FileStream _owner;

    public UploadRoot(ILogger<UploadRoot> logger)
    {
        Parent = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "graph-uploads");
        Path = System.IO.Path.Combine(Parent, $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
        _owner = new FileStream(System.IO.Path.Combine(Path, OwnerFile), FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        var removed = RemoveStale(Parent, Path);
        if (removed > 0) logger.LogInformation("Removed {Count} upload folders left behind by stopped instances", removed);
    }

    /// <summary>The temporary folder's <c>graph-uploads</c>, shared by every instance.</summary>
    public string Parent { get; }

    /// <summary>This instance's folder.</summary>
    public string Path { get; }

    /// <summary>A new empty folder for one upload, removed when the upload is disposed.</summary>
    public UploadedFiles Create() => new(System.IO.Path.Combine(Path, Guid.NewGuid().ToString("N")));

    public void Dispose()
    {
        _owner.Dispose();
        TryDelete(Path);
    }

    /// <summary>Removes every folder beside <paramref name="own"/> that no live instance holds; returns how many.</summary>
    internal static int RemoveStale(string parent, string own)
    {
        var removed = 0;
        foreach (var folder in Directory.EnumerateDirectories(parent))
        {
            if (string.Equals(folder, own, StringComparison.Ordinal) || IsHeld(folder)) continue;
            if (TryDelete(folder)) removed++;
        }
        return removed;
    }

    private static bool IsHeld(string folder)
    {
        var owner = System.IO.Path.Combine(folder, OwnerFile);
        if (!File.Exists(owner)) return DateTime.UtcNow - Directory.GetCreationTimeUtc(folder) < Unclaimed;
        try
        {
            using var _ = new FileStream(owner, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            // Another user's instance: not ours to remove.
            return true;
        }
    }

    private static bool TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
