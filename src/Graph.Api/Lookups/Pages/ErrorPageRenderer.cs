namespace Graph.Api.Lookups.Pages;

/// <summary>The 404 and 400 pages of the pages and the card: a real HTML page that says what was wrong, in the surface's own style.</summary>
internal static class ErrorPageRenderer
{
    /// <summary>A page's error, with the site's header and a way on to the search.</summary>
    public static LookupAnswer Page(int status, string heading, string message, LookupAssets assets, string cacheControl)
    {
        var html = HtmlDocument.Begin($"{heading} · Sanctions graph", assets.Url("page.css")).SiteHeader()
            .Raw("<main id=\"main\">").Element("h1", heading).DataElement("p", message, ("class", "problem"))
            .Raw("<p><a href=\"/entities\">Search the entities</a></p></main>")
            .Raw("<footer class=\"site\"><p>Sanctions graph: entity lookups.</p></footer>");
        return LookupAnswer.Html(status, HtmlDocument.End(html), cacheControl);
    }

    /// <summary>The card's error, small enough for its frame.</summary>
    public static LookupAnswer Card(int status, string heading, string message, LookupAssets assets, string cacheControl)
    {
        var html = HtmlDocument.Begin(heading, assets.Url("card.css"), bodyAttributes: ("class", "card"))
            .Raw("<main class=\"card-main\">").Element("h1", heading).DataElement("p", message, ("class", "problem")).Raw("</main>");
        return LookupAnswer.Html(status, HtmlDocument.End(html, assets.Url("card.js")), cacheControl);
    }

    public static string UnknownEntity(string id) => $"No entity has the id “{id}”. It may have been merged or removed, or the address may be mistyped.";
}
