using System.Xml;
using System.Xml.Linq;

namespace Graph.Import.OfacXml;

/// <summary>Small helpers over one entity's elements, all in the namespace of OFAC's Enhanced XML; <see cref="Load"/> and <see cref="LineOf"/> serve both XML flavours.</summary>
internal static class OfacXmlElements
{
    public const string Namespace = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML";

    public static readonly XNamespace Ns = Namespace;

    public static XElement? Child(XElement parent, string name) => parent.Element(Ns + name);

    /// <summary>The children named <paramref name="item"/> of the child named <paramref name="list"/>, e.g. names/name.</summary>
    public static IEnumerable<XElement> Items(XElement parent, string list, string item) =>
        parent.Element(Ns + list)?.Elements(Ns + item) ?? [];

    /// <summary>The trimmed text of a child, or null when it is missing or blank.</summary>
    public static string? Text(XElement parent, string name) =>
        parent.Element(Ns + name)?.Value.Trim() is { Length: > 0 } text ? text : null;

    public static bool IsTrue(XElement parent, string name) => Text(parent, name) == "true";

    /// <summary>The element the reader is on, with its line numbers; the reader then stands on the node after it.</summary>
    public static XElement Load(XmlReader reader)
    {
        XElement element;
        using (var subtree = reader.ReadSubtree()) element = XElement.Load(subtree, LoadOptions.SetLineInfo);
        reader.Read();
        return element;
    }

    /// <summary>The line an element starts on.</summary>
    public static int LineOf(XObject node) => ((IXmlLineInfo)node).HasLineInfo() ? ((IXmlLineInfo)node).LineNumber : 0;
}
