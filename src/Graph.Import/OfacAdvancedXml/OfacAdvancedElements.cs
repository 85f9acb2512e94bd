using System.Globalization;
using System.Xml.Linq;

namespace Graph.Import.OfacAdvancedXml;

/// <summary>
/// Small helpers over the elements of an SDN Advanced XML publication. Every element of the schema is in the root's
/// namespace, so a child is looked up in its parent's.
/// </summary>
internal static class OfacAdvancedElements
{
    public static XElement? Child(XElement parent, string name) => parent.Element(parent.Name.Namespace + name);

    public static IEnumerable<XElement> Children(XElement parent, string name) => parent.Elements(parent.Name.Namespace + name);

    /// <summary>The children named <paramref name="item"/> of the child named <paramref name="list"/>, e.g. NamePartGroups/MasterNamePartGroup.</summary>
    public static IEnumerable<XElement> Items(XElement parent, string list, string item) =>
        Child(parent, list) is { } container ? Children(container, item) : [];

    /// <summary>The trimmed text of a child, or null when it is missing or blank.</summary>
    public static string? Text(XElement parent, string name) =>
        Child(parent, name)?.Value.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>The number an attribute holds (an ID or a reference to one), or null.</summary>
    public static int? Number(XElement element, string attribute) =>
        int.TryParse(element.Attribute(attribute)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static bool IsTrue(XElement element, string attribute) => element.Attribute(attribute)?.Value == "true";
}
