using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Graph.Import.Un;

/// <summary>
/// Streams a CONSOLIDATED_LIST one entry at a time: each INDIVIDUAL of INDIVIDUALS and ENTITY of ENTITIES is loaded
/// alone (<see cref="UnEntryLoader"/>), with its lines, and the document is never held whole. DTDs and external
/// entities are refused. Problems of the document itself (a wrong root, an element out of place, XML that is not well
/// formed) go to the errors; after XML that is not well formed nothing more can be read, and <see cref="Complete"/>
/// stays false.
/// </summary>
internal sealed class UnListStream(string file, XmlReader xml, List<ImportError> errors)
{
    public const string Root = "CONSOLIDATED_LIST";

    private static readonly Dictionary<string, string> EntryOf = new(StringComparer.Ordinal)
    {
        ["INDIVIDUALS"] = "INDIVIDUAL",
        ["ENTITIES"] = "ENTITY",
    };

    private readonly IXmlLineInfo _lines = (IXmlLineInfo)xml;
    private string? _container;

    /// <summary>The line of the root element, once read.</summary>
    public int RootLine { get; private set; }

    /// <summary>The day of the root's dateGenerated, when it has one.</summary>
    public DateOnly? Generated { get; private set; }

    /// <summary>True once the whole document was read and was well formed, with the right root.</summary>
    public bool Complete { get; private set; }

    /// <summary>The entries in document order; stops at the first XML that is not well formed.</summary>
    public IEnumerable<XElement> Entries()
    {
        if (!Safely(OpenRoot)) yield break;
        while (true)
        {
            XElement? entry = null;
            var more = Safely(() => (entry = Next()) is not null);
            if (entry is not null) yield return entry;
            if (!more) yield break;
        }
    }

    private bool OpenRoot()
    {
        xml.MoveToContent();
        RootLine = _lines.LineNumber;
        if (xml.NodeType != XmlNodeType.Element || xml.LocalName != Root)
        {
            errors.Add(new ImportError(file, RootLine, "(root)",
                $"the root element is <{xml.Name}>; a UN Security Council Consolidated List has <{Root}>."));
            return false;
        }
        var generated = xml.GetAttribute("dateGenerated");
        if (generated is not null) Generated = DayOf(generated);
        return true;
    }

    /// <summary>The next entry, or null at the end of the document.</summary>
    private XElement? Next()
    {
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.Depth > 2) continue;
            if (xml.Depth == 1)
            {
                _container = xml.LocalName;
                if (!EntryOf.ContainsKey(_container)) OutOfPlace($"{Root} holds INDIVIDUALS and ENTITIES");
            }
            else if (_container is not null && EntryOf.TryGetValue(_container, out var entry))
            {
                if (xml.LocalName != entry) OutOfPlace($"{_container} holds {entry} elements");
                else if (UnEntryLoader.Load(xml, _lines, out var tooDeepAt) is { } loaded) return loaded;
                else errors.Add(new ImportError(file, tooDeepAt, entry, $"nests deeper than {UnEntryLoader.MaxDepth} levels; the list's entries nest three."));
            }
        }
        Complete = true;
        return null;
    }

    private void OutOfPlace(string holds) =>
        errors.Add(new ImportError(file, _lines.LineNumber, xml.LocalName, $"is out of place: {holds}."));

    /// <summary>The day of an xs:dateTime or xs:date in UTC, e.g. "2026-02-27T00:00:09.554Z"; a bad one is an error.</summary>
    private DateOnly? DayOf(string text)
    {
        const DateTimeStyles Utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, Utc, out var moment)
            && text.Length >= 10 && char.IsAsciiDigit(text[0]) && text[4] == '-')
        {
            return DateOnly.FromDateTime(moment);
        }
        errors.Add(new ImportError(file, RootLine, $"{Root}/dateGenerated", $"'{text}' is not a date and time of the form 2026-02-27T00:00:09Z."));
        return null;
    }

    /// <summary>Runs one step of reading; XML that is not well formed becomes an error naming its line, and ends the reading.</summary>
    private bool Safely(Func<bool> step)
    {
        try
        {
            return step();
        }
        catch (XmlException e)
        {
            // .NET throws a refused DTD without a line; the reader's own line is the best there is, 0 before the root.
            errors.Add(new ImportError(file, e.LineNumber > 0 ? e.LineNumber : _lines.LineNumber, "(xml)", $"is not well-formed XML: {e.Message}"));
            return false;
        }
    }
}
