using Graph.Api.Lookups;
using Graph.Api.Lookups.Pages;
using Graph.Domain.Model;

namespace Graph.Api.Network;

/// <summary>
/// The network page's HTML: the entity's name and a link to its entity page, readable with scripts off; the view's
/// frame (toolbar, time slider, filters, legend, graph, table, Discover panel, card), hidden until the script shows
/// it; and the script itself.
/// Only the entity's id and name come from the data, escaped by <see cref="HtmlBuilder"/>.
/// </summary>
internal static class NetworkPageRenderer
{
    /// <summary>The id of the stylesheet's link: Cytoscape writes a &lt;style&gt; of its own unless an element has it.</summary>
    private const string CytoscapeStylesheetId = "__________cytoscape_stylesheet";

    public static string Title(Entity entity) => $"{entity.Name}: network";

    public static string Render(Entity entity, string pageStylesheet, NetworkAssets assets)
    {
        var entityPage = SafeHref.Local(PublicAddress.EntityPath(entity.Id));
        var html = HtmlDocument.Begin(Title(entity), pageStylesheet, head => head
            .Open("link", ("rel", "stylesheet"), ("id", CytoscapeStylesheetId), ("href", SafeHref.Local(assets.Url(NetworkAssets.Stylesheet)).Value)));
        html.SiteHeader().Raw("<main id=\"main\" class=\"network\">");
        html.Raw("<header class=\"entity\">").Element("p", EntityLabels.Kind(entity.Kind), ("class", "kind"))
            .Raw("<h1>Network of ").Data(entity.Name).Raw("</h1>")
            .Raw("<p>").Link(entityPage, $"Entity page of {entity.Name}").Text(": its sanctions, ties and sources as text.").Raw("</p></header>");
        html.Raw("<noscript><p class=\"problem\">The network view draws the graph with JavaScript, which is off. The entity page lists the same ties, sanctions and sources as text.</p></noscript>");

        html.Open("div", ("id", "network"), ("class", "network-app"), ("data-entity", entity.Id), ("data-status", "loading"), ("hidden", ""))
            .Raw("<div class=\"toolbar\" role=\"toolbar\" aria-label=\"Network view\">")
            .Raw("<button type=\"button\" id=\"show-graph\" aria-pressed=\"true\">Graph</button>")
            .Raw("<button type=\"button\" id=\"show-table\" aria-pressed=\"false\">Table</button>")
            .Raw("<button type=\"button\" id=\"fit\">Fit to view</button>")
            .Raw("<button type=\"button\" id=\"clear-path\">Clear path</button>")
            .Raw("<button type=\"button\" id=\"export-png\">Export PNG</button>")
            .Raw("<button type=\"button\" id=\"export-svg\">Export SVG</button>")
            .Raw("<span id=\"counts\"></span></div>")
            .Raw("<div class=\"timeline\" role=\"group\" aria-labelledby=\"timeline-heading\">")
            .Raw("<span id=\"timeline-heading\" class=\"timeline-heading\">As of</span>")
            .Raw("<button type=\"button\" id=\"any-time\" aria-pressed=\"true\">Any time</button>")
            .Raw("<input type=\"range\" id=\"as-of-range\" aria-label=\"Day, from 2020 to 2024\">")
            .Raw("<label for=\"as-of-date\">Day</label><input type=\"date\" id=\"as-of-date\">")
            .Raw("<button type=\"button\" id=\"play\" aria-pressed=\"false\">Play</button></div>")
            .Raw("<p id=\"network-status\" role=\"status\" aria-live=\"polite\">Reading the network…</p>")
            .Raw("<div class=\"network-body\">")
            .Raw("<aside class=\"network-side\" aria-labelledby=\"filters-heading\"><h2 id=\"filters-heading\">Filters</h2><div id=\"filters\"></div>")
            .Raw("<h2 id=\"legend-heading\">Legend</h2><ul id=\"legend\" class=\"legend\" aria-labelledby=\"legend-heading\"></ul>")
            .Raw("<p>Click an entity for its card; shift-click two entities for the shortest path between them.</p></aside>")
            .Open("div", ("id", "graph"), ("role", "img"), ("aria-label", $"The network around {entity.Name}; the table view lists the same entities and relationships."))
            .Close("div")
            .Raw("<section id=\"table-view\" aria-label=\"Table view\" hidden></section>")
            .Raw("<div class=\"network-panel\">")
            .Raw("<section id=\"discover\" class=\"network-discover\" aria-labelledby=\"discover-heading\" hidden></section>")
            .Raw("<aside id=\"card\" class=\"network-card\" aria-labelledby=\"card-heading\"><h2 id=\"card-heading\">Entity card</h2></aside>")
            .Raw("</div></div></div></main>");
        html.Raw("<footer class=\"site\"><p>Every fact is quoted from its source: check the quotes before you publish.</p></footer>");
        return HtmlDocument.End(html, assets.Url(NetworkAssets.Script));
    }
}
