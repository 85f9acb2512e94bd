namespace Graph.Import.Reading;

/// <summary>
/// What an import reads, whatever the format: a file or a folder on disk, text given in a request, or the files of an
/// upload (saved to a folder of their own as they arrive, so that no file is held in memory).
/// </summary>
public abstract record ImportSource
{
    /// <summary>The name reports and errors give the input.</summary>
    public abstract string Name { get; }

    /// <summary>A file, or a folder of the format's files.</summary>
    public static ImportSource FromPath(string path) => new PathSource(path);

    /// <summary>The content of one file given as text, named <paramref name="name"/> in reports.</summary>
    public static ImportSource FromText(string name, string content) => new TextSource(name, content);

    /// <summary>The files of an upload, in the order they were sent, all in <paramref name="folder"/>.</summary>
    public static ImportSource FromUpload(string folder, IReadOnlyList<string> files) => new UploadSource(folder, files);
}

/// <summary>A file, or a folder of the format's files.</summary>
public sealed record PathSource(string Path) : ImportSource
{
    public override string Name => Path;
}

/// <summary>One file's content given as text.</summary>
public sealed record TextSource(string FileName, string Content) : ImportSource
{
    public override string Name => FileName;
}

/// <summary>The files of an upload, saved in one folder.</summary>
public sealed record UploadSource(string Folder, IReadOnlyList<string> Files) : ImportSource
{
    public override string Name => Folder;
}
