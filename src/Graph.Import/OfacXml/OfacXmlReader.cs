using System.Xml;
using Graph.Import.Reading;

namespace Graph.Import.OfacXml;

/// <summary>
/// Reads one publication of OFAC's Enhanced XML (SDN_ENHANCED.XML or CONS_ENHANCED.XML), streaming it one element
/// at a time: the publication's date and lists, the reference values and feature types, then each entity with its
/// names, features, documents, addresses, one sanction per list and its relationships. DTDs and external entities
/// are refused; a malformed file is one rejection at its line, and nothing after it is read.
/// </summary>
public sealed class OfacXmlReader : IDesignationReader
{
    /// <summary>Reads a file (or the one XML file of a folder or upload), or the text of one.</summary>
    /// <exception cref="ImportFailedException">There is no file, or a folder holds no XML file or several.</exception>
    public Task<ParsedInput> ReadAsync(ImportSource source, DateOnly published, CancellationToken cancellationToken)
    {
        var (name, open) = source switch
        {
            TextSource text => (text.FileName, () => XmlReader.Create(new StringReader(text.Content), SafeXml.Settings)),
            PathSource path => Opened(path.Path),
            UploadSource upload => Opened(upload.Files.Count == 1 ? Path.Combine(upload.Folder, upload.Files[0]) : upload.Folder),
            _ => throw new ArgumentException($"The OFAC XML reader cannot read a {source.GetType().Name}.", nameof(source)),
        };
        using var reader = open();
        return Task.FromResult(Read(Path.GetFileName(name), reader, published, cancellationToken));
    }

    private static (string, Func<XmlReader>) Opened(string path)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path).Where(f => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)).ToList();
            if (files.Count != 1)
            {
                throw new ImportFailedException(files.Count == 0
                    ? $"The folder '{path}' holds no OFAC XML file (SDN_ENHANCED.XML or CONS_ENHANCED.XML)."
                    : $"The folder '{path}' holds {files.Count} XML files; import one publication at a time.");
            }
            path = files[0];
        }
        if (!File.Exists(path)) throw new ImportFailedException($"There is no file '{path}'.");
        // A stream, not text, so that the file's own encoding declaration is honoured.
        return (path, () => XmlReader.Create(File.OpenRead(path), SafeXml.Settings));
    }

    private static ParsedInput Read(string file, XmlReader reader, DateOnly published, CancellationToken cancellationToken)
    {
        var input = new ParsedInput();
        var document = new OfacXmlDocument(file, input, published);
        try
        {
            document.Read(reader, cancellationToken);
        }
        catch (XmlException e)
        {
            var line = e.LineNumber > 0 ? e.LineNumber : ((IXmlLineInfo)reader).LineNumber;
            input.Rejected.Add(new ImportError(file, line, "(xml)", $"the file cannot be read as XML: {e.Message}"));
            document.Broken = true;
        }
        document.Finish();
        return input;
    }
}
