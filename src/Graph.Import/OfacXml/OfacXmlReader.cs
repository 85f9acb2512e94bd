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
    /// <summary>Reads the file <see cref="XmlFiles.Locate"/> finds, or the text of one.</summary>
    /// <exception cref="ImportFailedException">There is no such file, or not exactly one .xml file to read (<see cref="XmlFiles.Locate"/>).</exception>
    public Task<ParsedInput> ReadAsync(ImportSource source, DateOnly published, CancellationToken cancellationToken)
    {
        var (name, open) = source switch
        {
            TextSource text => (text.FileName, () => XmlReader.Create(new StringReader(text.Content), SafeXml.Settings)),
            _ => Opened(XmlFiles.Locate(source, "OFAC XML")),
        };
        using var reader = open();
        return Task.FromResult(Read(Path.GetFileName(name), reader, published, cancellationToken));
    }

    // A stream, not text, so that the file's own encoding declaration is honoured.
    private static (string, Func<XmlReader>) Opened(string path) => (path, () => XmlReader.Create(File.OpenRead(path), SafeXml.Settings));

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
