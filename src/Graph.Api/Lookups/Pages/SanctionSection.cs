using Graph.Domain.Model;

namespace Graph.Api.Lookups.Pages;

/// <summary>The page's sanctions: each with its authority, programmes, dates, status and sources, those of same_as entities marked.</summary>
internal static class SanctionSection
{
    public static HtmlBuilder Sanctions(this HtmlBuilder html, EntityDossier dossier, DateOnly shownDay)
    {
        html.Raw("<section aria-labelledby=\"sanctions\"><h2 id=\"sanctions\">Sanctions</h2>");
        if (dossier.Sanctions.Count == 0)
        {
            html.Element("p", $"No sanction on record as of {LookupQuery.Format(shownDay)}.", ("class", "empty"));
            return html.Raw("</section>");
        }
        html.Raw("<ul class=\"sanctions\">");
        foreach (var view in dossier.Sanctions) html.Sanction(view, dossier.AsOf);
        return html.Raw("</ul></section>");
    }

    private static void Sanction(this HtmlBuilder html, SanctionView view, DateOnly? asOf)
    {
        var sanction = view.Sanction;
        html.Open("li", ("class", view.InForce ? "sanction in-force" : "sanction ended"));
        html.DataElement("h3", EntityLabels.Authority(view));
        html.Element("p", SanctionWording.Status(view), ("class", view.InForce ? "status status-in-force" : "status status-ended"));
        if (view.ThroughSameAs)
        {
            html.Raw("<p class=\"through\">Listed under ")
                .Link(SafeHref.Local(PublicAddress.EntityPath(view.Target.Id, asOf)), view.Target.Name)
                .Text(", the same entity as recorded in another source.").Raw("</p>");
        }
        html.Raw("<dl class=\"facts\">");
        Fact(html, "Programmes", sanction.Programs);
        Fact(html, "Provisions", sanction.Provisions);
        if (sanction.ListedOn is { } listed) Fact(html, "Listed on", [listed.ToString()]);
        else if (sanction.FirstSeen is { } seen) Fact(html, "On the list since", [seen.ToString()]);
        if (view.Sanction.EndedOn is { } ended) Fact(html, "Ended on", [ended.ToString()]);
        if (!string.IsNullOrWhiteSpace(sanction.Reason)) Fact(html, "Reason", [sanction.Reason]);
        if (sanction.Dataset is { } dataset) Fact(html, "List", [sanction.LastSeen is { } last ? $"{dataset}, last seen in its publication of {last}" : dataset]);
        if (!string.IsNullOrWhiteSpace(sanction.Note)) Fact(html, "Editor's note", [sanction.Note]);
        html.Raw("</dl>");
        html.Sources(sanction.Sources, "Sources of this sanction");
        html.Raw("</li>");
    }

    /// <summary>A term of a description list with its values; nothing when there are none.</summary>
    public static void Fact(HtmlBuilder html, string term, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return;
        html.Element("dt", term);
        foreach (var value in values) html.DataElement("dd", value);
    }

    /// <summary>The entity's FtM properties, the key ones first, each with a readable label.</summary>
    public static HtmlBuilder Properties(this HtmlBuilder html, Entity entity)
    {
        var keys = EntityLabels.KeyProperties.Select(p => p.Name).ToList();
        var ordered = keys.Where(entity.Properties.ContainsKey)
            .Concat(entity.Properties.Keys.Where(k => !keys.Contains(k)).Order(StringComparer.Ordinal)).ToList();
        if (ordered.Count == 0) return html;
        html.Raw("<dl class=\"facts\">");
        foreach (var name in ordered) Fact(html, EntityLabels.Property(name), [.. entity.Property(name).Select(v => EntityLabels.PropertyValue(name, v))]);
        return html.Raw("</dl>");
    }
}
