namespace Graph.Import.Reading;

/// <summary>Which file an XML format reads from a path or an upload: the same rule for every XML format.</summary>
internal static class XmlFiles
{
    /// <summary>
    /// The file to read: the path when it is a file; the one .xml file of a folder; an upload's only file, or the one
    /// .xml file among several. Text sources are the reader's own.
    /// </summary>
    /// <param name="source">A path or an upload.</param>
    /// <param name="format">The format, as messages name it, e.g. "OFAC XML".</param>
    /// <exception cref="ImportFailedException">No such file or folder, or not exactly one .xml file to read.</exception>
    public static string Locate(ImportSource source, string format) => source switch
    {
        PathSource { Path: var path } when File.Exists(path) => path,
        PathSource { Path: var path } when Directory.Exists(path) => OnlyXml(path, Directory.EnumerateFiles(path), format),
        PathSource { Path: var path } => throw Missing(path, $"no such file or folder; give the path of the {format} file or of the folder that holds it."),
        UploadSource { Files: [var only] } => only,
        UploadSource upload => OnlyXml(upload.Folder, upload.Files, format),
        _ => throw new ArgumentException($"{source.GetType().Name} names no file.", nameof(source)),
    };

    private static string OnlyXml(string folder, IEnumerable<string> files, string format)
    {
        var xml = files.Where(f => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList();
        return xml.Count == 1
            ? xml[0]
            : throw Missing(folder, xml.Count == 0
                ? $"the folder holds no .xml file; give the path of the {format} file."
                : $"the folder holds {xml.Count} .xml files; import one {format} publication at a time.");
    }

    private static ImportFailedException Missing(string path, string message) => new([new ImportError(path, 0, "(path)", message)]);
}
