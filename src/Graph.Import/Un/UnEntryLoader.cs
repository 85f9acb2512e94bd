using System.Xml;
using System.Xml.Linq;

namespace Graph.Import.Un;

/// <summary>
/// Loads the one entry the reader stands on as an element, each element annotated with its line, reading no further
/// than its end. The list's entries nest three levels (INDIVIDUAL/NATIONALITY/VALUE); one nested deeper than
/// <see cref="MaxDepth"/> is skipped and reported, so that hostile nesting costs neither time nor stack.
/// </summary>
internal static class UnEntryLoader
{
    public const int MaxDepth = 16;

    /// <summary>The entry, or null (with <paramref name="tooDeepAt"/> the line) when it nests too deep; the reader ends on its end.</summary>
    public static XElement? Load(XmlReader xml, IXmlLineInfo lines, out int tooDeepAt)
    {
        tooDeepAt = 0;
        var start = xml.Depth;
        var entry = Start(xml, lines);
        if (xml.IsEmptyElement) return entry;
        var current = entry;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.Depth - start > MaxDepth:
                    tooDeepAt = lines.LineNumber;
                    while (xml.Depth > start) xml.Skip();
                    return null;
                case XmlNodeType.Element:
                    var child = Start(xml, lines);
                    current.Add(child);
                    if (!xml.IsEmptyElement) current = child;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    current.Add(new XText(xml.Value));
                    break;
                case XmlNodeType.EndElement when xml.Depth == start:
                    return entry;
                case XmlNodeType.EndElement:
                    current = current.Parent!;
                    break;
            }
        }
        return entry;
    }

    /// <summary>The line an element loaded here starts on, or 0.</summary>
    public static int LineOf(XObject node) => node.Annotation<Line>()?.Number ?? 0;

    private static XElement Start(XmlReader xml, IXmlLineInfo lines)
    {
        var element = new XElement(xml.LocalName);
        element.AddAnnotation(new Line(lines.LineNumber));
        return element;
    }

    private sealed record Line(int Number);
}
