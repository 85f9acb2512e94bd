namespace Graph.Api.Lookups.Pages;

/// <summary>The start and end every page and card share: language, viewport, both colour schemes, no favicon request.</summary>
internal static class HtmlDocument
{
    /// <summary>The document up to its <c>&lt;body&gt;</c>; <paramref name="head"/> adds to the head (links, JSON-LD).</summary>
    public static HtmlBuilder Begin(string title, string stylesheet, Action<HtmlBuilder>? head = null, params ReadOnlySpan<(string Name, string? Value)> bodyAttributes)
    {
        var html = new HtmlBuilder()
            .Raw("<!doctype html>\n<html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<meta name=\"color-scheme\" content=\"light dark\">")
            .Element("title", title)
            .Open("link", ("rel", "stylesheet"), ("href", SafeHref.Local(stylesheet).Value))
            // An empty icon, so the browser asks this origin for no /favicon.ico.
            .Raw("<link rel=\"icon\" href=\"data:,\">");
        head?.Invoke(html);
        return html.Raw("</head>").Open("body", bodyAttributes);
    }

    /// <summary>Closes the document after its scripts, each a same-origin file.</summary>
    public static string End(HtmlBuilder html, params string[] scripts)
    {
        foreach (var script in scripts) html.Open("script", ("src", SafeHref.Local(script).Value), ("defer", "")).Close("script");
        return html.Raw("</body></html>\n").ToString();
    }

    /// <summary>The site's header with its navigation, on the pages (not the card).</summary>
    public static HtmlBuilder SiteHeader(this HtmlBuilder html) =>
        html.Raw("<header class=\"site\"><a class=\"site-name\" href=\"/entities\">Sanctions graph</a>")
            .Raw("<nav aria-label=\"Site\"><a href=\"/entities\">Search entities</a></nav></header>");
}
