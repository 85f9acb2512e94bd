namespace Graph.Import.Gate;

/// <summary>
/// An exclusive lock on a file beside the store, which another process cannot take while this one holds it. The OS
/// releases it when the process dies, so a crashed import never leaves the store locked. The file itself stays, empty:
/// deleting it would let a process that had just opened it hold a lock on a name nobody else sees.
/// </summary>
internal static class ImportLockFile
{
    public static IDisposable? Take(string? path)
    {
        if (path is null) return null;
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder) Directory.CreateDirectory(folder);
        try
        {
            // On Unix .NET takes flock(LOCK_EX | LOCK_NB) for FileShare.None; on Windows the share mode itself excludes.
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, FileOptions.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            throw new ImportInProgressException("Another process (the CLI or another service) is importing into this store; try again when it has finished. Nothing of this import was written.");
        }
    }
}
