using System.Text;

namespace Graph.Api.Lookups.Pages;

/// <summary>
/// Writes HTML in which data can only land escaped for its context: <see cref="Text"/> and <see cref="Data"/> escape
/// text, attribute values are always double-quoted and escaped, and links take a <see cref="SafeHref"/>, which only
/// an http(s) address or a path of this service becomes. Tag and attribute names are the renderers' constants.
/// </summary>
internal sealed class HtmlBuilder
{
    private readonly StringBuilder _html = new(16 * 1024);

    /// <summary>Markup written as is: only constants of the renderers, never data.</summary>
    public HtmlBuilder Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    /// <summary>Text, escaped.</summary>
    public HtmlBuilder Text(string? text)
    {
        Escape(_html, text);
        return this;
    }

    /// <summary>Text from the data, escaped and isolated in <c>&lt;bdi&gt;</c>, so a right-to-left override cannot reorder what surrounds it.</summary>
    public HtmlBuilder Data(string? text) => Raw("<bdi>").Text(text).Raw("</bdi>");

    /// <summary>Data texts separated by commas, each in its own <c>&lt;bdi&gt;</c>.</summary>
    public HtmlBuilder DataList(IEnumerable<string> texts)
    {
        var first = true;
        foreach (var text in texts)
        {
            if (!first) Text(", ");
            Data(text);
            first = false;
        }
        return this;
    }

    /// <summary>An opening tag with its attributes; a null value leaves the attribute out.</summary>
    public HtmlBuilder Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null) continue;
            _html.Append(' ').Append(name).Append("=\"");
            Escape(_html, value);
            _html.Append('"');
        }
        _html.Append('>');
        return this;
    }

    public HtmlBuilder Close(string tag) => Raw("</").Raw(tag).Raw(">");

    /// <summary>An element holding escaped text.</summary>
    public HtmlBuilder Element(string tag, string? text, params ReadOnlySpan<(string Name, string? Value)> attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>An element holding data text in <c>&lt;bdi&gt;</c>.</summary>
    public HtmlBuilder DataElement(string tag, string? text, params ReadOnlySpan<(string Name, string? Value)> attributes) =>
        Open(tag, attributes).Data(text).Close(tag);

    /// <summary>A link whose text is data; <paramref name="newWindow"/> opens it in a new browsing context without an opener.</summary>
    public HtmlBuilder Link(SafeHref href, string text, bool newWindow = false, string? rel = null) =>
        Open("a", ("href", href.Value), ("target", newWindow ? "_blank" : null), ("rel", newWindow ? Join(rel, "noopener") : rel))
            .Data(text).Close("a");

    public override string ToString() => _html.ToString();

    /// <summary>Escapes text for an element's content or a double-quoted attribute value.</summary>
    public static string Escape(string? text)
    {
        var html = new StringBuilder();
        Escape(html, text);
        return html.ToString();
    }

    private static void Escape(StringBuilder html, string? text)
    {
        if (string.IsNullOrEmpty(text)) return;
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#39;"),
                _ => html.Append(c),
            };
        }
    }

    private static string Join(string? rel, string extra) => rel is null ? extra : rel + " " + extra;
}
