using System.Xml;
using Graph.Import.OfacAdvancedXml;
using Graph.Import.Reading;

namespace Graph.Import.OfacXml;

/// <summary>
/// Reads one publication of OFAC's XML, of either flavour as its root says: the Enhanced XML (SDN_ENHANCED.XML or
/// CONS_ENHANCED.XML, root sanctionsData) or the SDN Advanced XML (SDN_ADVANCED.XML or CONS_ADVANCED.XML, root
/// Sanctions), streaming it one element at a time into entities with their names, features, documents and addresses,
/// one sanction per list, and relationships. DTDs and external entities are refused; a malformed file is one rejection
/// at its line, and nothing after it is read.
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
        IOfacXmlDocument? document = null;
        try
        {
            document = Document(file, reader, input, published);
            document?.Read(reader, cancellationToken);
        }
        catch (XmlException e)
        {
            var line = e.LineNumber > 0 ? e.LineNumber : ((IXmlLineInfo)reader).LineNumber;
            input.Rejected.Add(new ImportError(file, line, "(xml)", $"the file cannot be read as XML: {e.Message}"));
            if (document is not null) document.Broken = true;
        }
        document?.Finish();
        return input;
    }

    /// <summary>The document the root names: Enhanced XML or SDN Advanced XML; null (and one rejection) for any other root.</summary>
    private static IOfacXmlDocument? Document(string file, XmlReader reader, ParsedInput input, DateOnly published)
    {
        var isElement = reader.MoveToContent() == XmlNodeType.Element;
        if (isElement && reader.LocalName == OfacXmlDocument.Root && reader.NamespaceURI == OfacXmlElements.Namespace) return new OfacXmlDocument(file, input, published);
        if (isElement && reader.LocalName == OfacAdvancedDocument.Root && OfacAdvancedDocument.Namespaces.Contains(reader.NamespaceURI)) return new OfacAdvancedDocument(file, input, published);
        input.Rejected.Add(new ImportError(file, ((IXmlLineInfo)reader).LineNumber, "(root)",
            $"the root element is '{reader.Name}' in '{reader.NamespaceURI}'; OFAC Enhanced XML has '{OfacXmlDocument.Root}' in '{OfacXmlElements.Namespace}', " +
            $"SDN Advanced XML '{OfacAdvancedDocument.Root}' in '{string.Join("' or '", OfacAdvancedDocument.Namespaces)}'."));
        return null;
    }
}
