using Graph.Domain.Store;

namespace Graph.Api.Lookups.Pages;

/// <summary>The search page: a form that works without script, and its hits, each a link to the entity's page.</summary>
internal static class SearchPageRenderer
{
    public static string Render(string? query, IReadOnlyList<SearchHit>? hits, LookupAssets assets)
    {
        var title = string.IsNullOrWhiteSpace(query) ? "Search entities" : $"{query}: search";
        var html = HtmlDocument.Begin($"{title} · Sanctions graph", assets.Url("page.css")).SiteHeader().Raw("<main id=\"main\">")
            .Element("h1", "Search entities")
            .Raw("<form class=\"search\" role=\"search\" method=\"get\" action=\"/entities\">")
            .Raw("<label for=\"q\">Name or alias</label>")
            .Open("input", ("id", "q"), ("name", "q"), ("type", "search"), ("value", query ?? ""), ("maxlength", SearchQuery.MaxTextLength.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("autocomplete", "off"))
            .Raw("<button type=\"submit\">Search</button></form>");
        if (hits is not null) Hits(html, query!, hits);
        html.Raw("</main><footer class=\"site\"><p>Each entity's page shows its sanctions, ties and sources, and the codes to embed it.</p></footer>");
        return HtmlDocument.End(html);
    }

    private static void Hits(HtmlBuilder html, string query, IReadOnlyList<SearchHit> hits)
    {
        html.Raw("<section aria-labelledby=\"results\"><h2 id=\"results\">Results</h2>");
        if (hits.Count == 0)
        {
            html.Raw("<p class=\"empty\">No entity matches ").Data(query).Raw(".</p></section>");
            return;
        }
        html.Element("p", hits.Count == 1 ? "1 entity" : $"{hits.Count} entities", ("class", "count")).Raw("<ul class=\"hits\">");
        foreach (var entity in hits.Select(h => h.Entity))
        {
            html.Raw("<li>").Link(SafeHref.Local(PublicAddress.EntityPath(entity.Id)), entity.Name)
                .Element("span", " (" + EntityLabels.Kind(entity.Kind) + ")", ("class", "kind"))
                .Raw(" <span class=\"network-link\">").Link(SafeHref.Local(PublicAddress.NetworkPath(entity.Id)), "network").Raw("</span>");
            if (entity.Aliases.Count > 0)
            {
                html.Raw("<span class=\"aliases\"> also ").DataList(entity.Aliases.Take(3)).Raw("</span>");
            }
            html.Raw("</li>");
        }
        html.Raw("</ul></section>");
    }
}
