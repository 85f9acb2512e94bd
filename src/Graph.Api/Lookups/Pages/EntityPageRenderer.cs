using Graph.Domain.Model;

namespace Graph.Api.Lookups.Pages;

/// <summary>The entity page: everything the dossier holds, readable with scripts off, with its discovery links and JSON-LD.</summary>
internal static class EntityPageRenderer
{
    /// <summary>The page's title, also JSON-LD's name and the oEmbed discovery link's title.</summary>
    public static string Title(Entity entity) => $"{entity.Name}: sanctions and ties";

    public static string Render(EntityDossier dossier, EntityAddresses at, LookupAssets assets)
    {
        var entity = dossier.Entity;
        var html = HtmlDocument.Begin(Title(entity), assets.Url("page.css"), head => head
            .Open("link", ("rel", "canonical"), ("href", SafeHref.Own(at.Page).Value))
            .Open("link", ("rel", "alternate"), ("type", "application/json+oembed"), ("href", SafeHref.Own(at.OEmbed).Value), ("title", Title(entity)))
            .Raw("<script type=\"application/ld+json\">").Raw(JsonLd.WebPage(dossier, at.Page, at.Unpinned)).Raw("</script>"));
        html.SiteHeader().Raw("<main id=\"main\">");

        html.Raw("<header class=\"entity\">").Element("p", EntityLabels.Kind(entity.Kind), ("class", "kind")).DataElement("h1", entity.Name);
        if (entity.Aliases.Count > 0)
        {
            html.Raw("<p class=\"aliases\">Also known as ").DataList(entity.Aliases).Raw("</p>");
        }
        html.AsOfLine(dossier, at)
            .Raw("<p class=\"network-link\">").Link(SafeHref.Local(NetworkView(entity.Id, at)), "Network view").Raw("</p></header>");

        html.Raw("<section aria-labelledby=\"facts\"><h2 id=\"facts\">Key facts</h2>").Properties(entity);
        if (entity.Properties.Count == 0) html.Element("p", "No property on record.", ("class", "empty"));
        if (!string.IsNullOrWhiteSpace(entity.Note)) html.Raw("<p class=\"note\">Editor's note: ").Data(entity.Note).Raw("</p>");
        html.Raw("</section>");

        html.Sanctions(dossier, at.ShownDay).SameAs(dossier).Relationships(dossier);
        html.Raw("<section aria-labelledby=\"sources\"><h2 id=\"sources\">Sources</h2>");
        if (entity.Sources.Count == 0) html.Element("p", "No source on record for the entity itself.", ("class", "empty"));
        html.Sources(entity.Sources, "Sources of the entity").Raw("</section>");
        html.Embed(entity, at).Raw("</main>");

        html.Raw("<footer class=\"site\"><p>").AsOfText(dossier, at).Raw("</p><p>Every fact is quoted from its source: check the quotes before you publish.</p></footer>");
        return HtmlDocument.End(html, assets.Url("page.js"));
    }

    /// <summary>The entity's network view; a page pinned to a day opens it on that day.</summary>
    private static string NetworkView(string id, EntityAddresses at) =>
        PublicAddress.NetworkPath(id, at.Page == at.Unpinned ? null : at.ShownDay);

    private static HtmlBuilder AsOfLine(this HtmlBuilder html, EntityDossier dossier, EntityAddresses at) =>
        html.Raw("<p class=\"as-of\">").AsOfText(dossier, at).Raw("</p>");

    private static HtmlBuilder AsOfText(this HtmlBuilder html, EntityDossier dossier, EntityAddresses at)
    {
        var day = LookupQuery.Format(at.ShownDay);
        html.Text(dossier.AsOf is null ? "Shown as of today, " : "Shown as of ").Open("time", ("datetime", day)).Text(day).Close("time").Text(". Data as of ");
        if (dossier.DataAsOf is { } data) html.Open("time", ("datetime", data.ToString())).Text(data.ToString()).Close("time");
        else html.Text("no dated fact");
        return html.Text(". ").Link(SafeHref.Own(at.Permalink), $"Permalink for {day}", rel: "bookmark").Text(".");
    }

    private static HtmlBuilder SameAs(this HtmlBuilder html, EntityDossier dossier)
    {
        if (dossier.SameAs.Count == 0) return html;
        html.Raw("<section aria-labelledby=\"same-as\"><h2 id=\"same-as\">The same entity in other sources</h2><ul class=\"ties\">");
        foreach (var other in dossier.SameAs)
        {
            var sanctions = dossier.Sanctions.Count(s => s.Target.Id == other.Id);
            html.Raw("<li>").Link(SafeHref.Local(PublicAddress.EntityPath(other.Id, dossier.AsOf)), other.Name)
                .Element("span", $" ({EntityLabels.Kind(other.Kind)}; {sanctions} sanction{(sanctions == 1 ? "" : "s")}, shown above)", ("class", "kind")).Raw("</li>");
        }
        return html.Raw("</ul></section>");
    }

    private static HtmlBuilder Embed(this HtmlBuilder html, Entity entity, EntityAddresses at)
    {
        var day = LookupQuery.Format(at.ShownDay);
        html.Raw("<section aria-labelledby=\"embed\"><h2 id=\"embed\">Embed this</h2>")
            .Element("p", $"Each code is pinned to {day}, so the card keeps showing what held on the day your story runs.");
        Code(html, "embed-iframe", "Iframe (about 400 × 250)", EmbedCodes.Iframe(at.Card, entity.Name), 3);
        Code(html, "embed-component", "Web component (a hover card over the name)", EmbedCodes.WebComponent(at.BaseUrl, entity.Id, at.ShownDay, entity.Name), 3);
        Code(html, "embed-oembed", "oEmbed address (for CMSs that read oEmbed)", at.OEmbed, 2);
        return html.Raw("<p>").Link(SafeHref.Own(at.Card), "Preview the card").Raw("</p></section>");
    }

    private static void Code(HtmlBuilder html, string id, string label, string code, int rows) =>
        html.Raw("<div class=\"code\">").Element("label", label, ("for", id))
            .Open("textarea", ("id", id), ("readonly", ""), ("rows", rows.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("spellcheck", "false"))
            .Text(code).Raw("</textarea></div>");
}
