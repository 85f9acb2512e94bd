using System.Text;
using System.Xml.Linq;

namespace Graph.Import.Un;

/// <summary>
/// The values of an entry's elements as the list means them: white space (the list's hard line breaks, trailing
/// blanks) folded into single spaces, and an empty element (<c>&lt;QUALITY/&gt;</c>) no value at all.
/// </summary>
internal static class UnText
{
    /// <summary>The folded text of <paramref name="element"/>, or null when it is missing or empty.</summary>
    public static string? Of(XElement? element)
    {
        if (element is null) return null;
        var text = element.Value;
        var folded = new StringBuilder(text.Length);
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (folded.Length > 0) folded.Append(' ');
            folded.Append(word);
        }
        return folded.Length == 0 ? null : folded.ToString();
    }

    /// <summary>The folded text of the child <paramref name="name"/>, or null.</summary>
    public static string? Child(XElement parent, string name) => Of(parent.Element(name));

    /// <summary>The folded texts of each <c>VALUE</c> under the child <paramref name="name"/> (e.g. NATIONALITY/VALUE).</summary>
    public static IEnumerable<string> Values(XElement parent, string name) =>
        parent.Elements(name).Elements("VALUE").Select(Of).OfType<string>();

    /// <summary>The line an element starts on, or 0 when it carries none.</summary>
    public static int LineOf(XObject node) => UnEntryLoader.LineOf(node);
}
