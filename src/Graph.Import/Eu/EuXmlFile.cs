using System.Xml;
using Graph.Import.Reading;

namespace Graph.Import.Eu;

/// <summary>
/// Streams one EU Financial Sanctions File: the root <c>export</c> in the FSD namespace, then its sanctionEntity
/// elements one at a time, each as a small tree with lines. The whole document is never held in memory. DTDs are
/// refused and nothing external is resolved; malformed XML surfaces as an <see cref="XmlException"/> with its line.
/// </summary>
internal sealed class EuXmlFile : IDisposable
{
    public const string Namespace = "http://eu.europa.ec/fpi/fsd/export";

    /// <summary>sanctionEntity, its parts (nameAlias…), and theirs (regulationSummary, contactInfo) nest three deep; more is not the format.</summary>
    private const int MaxDepth = 6;

    private readonly XmlReader _reader;
    private readonly IXmlLineInfo _lines;
    private readonly Func<IEnumerable<string>> _text;
    private bool _done;

    private EuXmlFile(string name, XmlReader reader, Func<IEnumerable<string>> text)
    {
        Name = name;
        _reader = reader;
        _lines = (IXmlLineInfo)reader;
        _text = text;
    }

    /// <summary>The file as the user named it.</summary>
    public string Name { get; }

    /// <summary>The line the reader stands on, for errors that carry none.</summary>
    public int Line => _lines.LineNumber;

    /// <summary>A file on disk; its XML declaration names the encoding.</summary>
    public static EuXmlFile Open(string path) => new(path, XmlReader.Create(File.OpenRead(path), SafeXml.Settings), () => File.ReadLines(path));

    /// <summary>Text given as such, named <paramref name="name"/> in errors.</summary>
    public static EuXmlFile FromText(string name, string text) =>
        new(name, XmlReader.Create(new StringReader(text), SafeXml.Settings), () => text.Split('\n'));

    /// <summary>
    /// The line of the document type declaration, which the refusal of a DTD does not name; 0 when there is none. It
    /// stands before the root, so only the prolog's first lines are looked at.
    /// </summary>
    public int DoctypeLine()
    {
        var line = 0;
        foreach (var text in _text().Take(1000))
        {
            line++;
            if (text.Contains("<!DOCTYPE", StringComparison.Ordinal)) return line;
        }
        return 0;
    }

    /// <summary>Moves to the root element; it is <c>export</c> in the FSD namespace, or the problem is returned.</summary>
    /// <exception cref="XmlException">The file is not well-formed XML.</exception>
    public ImportError? ReadRoot(out EuNode root)
    {
        _reader.MoveToContent();
        root = new EuNode(_reader.LocalName, _lines.LineNumber);
        if (_reader.NodeType != XmlNodeType.Element || _reader.LocalName != "export" || _reader.NamespaceURI != Namespace)
        {
            _done = true;
            var found = _reader.NodeType == XmlNodeType.Element ? $"<{_reader.LocalName}> in the namespace '{_reader.NamespaceURI}'" : "no element";
            return new ImportError(Name, _lines.LineNumber, "(root)",
                $"the root is {found}; an EU Financial Sanctions File has <export> in the namespace '{Namespace}'.");
        }
        ReadAttributes(root);
        if (_reader.IsEmptyElement) _done = true;
        _reader.Read();
        return null;
    }

    /// <summary>The next sanctionEntity, or null after the last; other elements of the root are passed over.</summary>
    /// <exception cref="XmlException">The file is not well-formed XML.</exception>
    public EuNode? Next()
    {
        while (!_done)
        {
            if (_reader.NodeType == XmlNodeType.Element && _reader.Depth == 1)
            {
                if (_reader.LocalName == "sanctionEntity" && _reader.NamespaceURI == Namespace) return Build(1);
                _reader.Skip();
            }
            else if (_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == 0)
            {
                while (_reader.Read())
                {
                    // Reads to the end, so that anything malformed after the root is still found.
                }
                _done = true;
            }
            else if (!_reader.Read()) _done = true;
        }
        return null;
    }

    public void Dispose() => _reader.Dispose();

    /// <summary>The element the reader stands on, with its attributes, text and children; leaves the reader after it.</summary>
    private EuNode Build(int depth)
    {
        var node = new EuNode(_reader.LocalName, _lines.LineNumber);
        ReadAttributes(node);
        if (_reader.IsEmptyElement)
        {
            _reader.Read();
            return node;
        }
        if (depth >= MaxDepth)
        {
            node.TooDeep = true;
            _reader.Skip();
            return node;
        }
        _reader.Read();
        while (_reader.NodeType != XmlNodeType.EndElement)
        {
            if (_reader.EOF) throw new XmlException($"The element <{node.Name}> is not closed.", null, node.Line, 1);
            if (_reader.NodeType == XmlNodeType.Element)
            {
                if (_reader.NamespaceURI == Namespace) node.Children.Add(Build(depth + 1));
                else _reader.Skip();
            }
            else
            {
                if (_reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace) node.Text += _reader.Value;
                _reader.Read();
            }
        }
        _reader.Read();
        return node;
    }

    /// <summary>The attributes without a namespace (xmlns and xsi ones are not data), each with its line.</summary>
    private void ReadAttributes(EuNode node)
    {
        if (!_reader.MoveToFirstAttribute()) return;
        do
        {
            if (_reader.NamespaceURI.Length == 0) node.Attributes[_reader.LocalName] = (_reader.Value, _lines.LineNumber);
        }
        while (_reader.MoveToNextAttribute());
        _reader.MoveToElement();
    }
}
