namespace Graph.Api.Imports;

/// <summary>
/// The folder of one upload inside <see cref="UploadRoot"/>, removed with its files on dispose. Everything shown to
/// the caller goes through <see cref="Hide"/>, so no answer names a folder of the server.
/// </summary>
internal sealed class UploadedFiles : IDisposable
{
    private readonly string _relative;

    public UploadedFiles(string folder)
    {
        Folder = folder;
        _relative = System.IO.Path.GetRelativePath(Directory.GetCurrentDirectory(), folder);
        Directory.CreateDirectory(folder);
    }

    public string Folder { get; }

    /// <summary>The text with this upload's folder, as a full or a relative path, taken out: "/tmp/…/sdn.csv" reads "sdn.csv".</summary>
    public string Hide(string text)
    {
        // The relative form first: the full one is a part of it ("../../tmp/…" holds "/tmp/…").
        foreach (var folder in new[] { _relative, Folder })
        {
            text = text.Replace(folder + System.IO.Path.DirectorySeparatorChar, "", StringComparison.Ordinal)
                .Replace(folder, "(upload)", StringComparison.Ordinal);
        }
        return text;
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the start-up sweep of the next instance: nothing here may hide the answer of the import.
        }
    }
}
