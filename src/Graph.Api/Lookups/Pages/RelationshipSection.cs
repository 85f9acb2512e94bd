using Graph.Domain.Model;

namespace Graph.Api.Lookups.Pages;

/// <summary>The page's relationships, grouped by type, each a link to the other entity's page (pinned to the same day).</summary>
internal static class RelationshipSection
{
    public static HtmlBuilder Relationships(this HtmlBuilder html, EntityDossier dossier)
    {
        html.Raw("<section aria-labelledby=\"relationships\"><h2 id=\"relationships\">Relationships</h2>");
        if (dossier.Relationships.Count == 0) html.Element("p", "No relationship on record.", ("class", "empty"));
        for (var i = 0; i < dossier.Relationships.Count; i++)
        {
            var group = dossier.Relationships[i];
            var headingId = $"relationships-{i + 1}";
            html.Open("section", ("aria-labelledby", headingId)).DataElement("h3", EntityLabels.RelationshipHeading(group.Type), ("id", headingId));
            html.Raw("<ul class=\"ties\">");
            foreach (var view in group.Items) html.Tie(view, dossier.AsOf);
            html.Raw("</ul>");
            var more = group.Total - group.Items.Count;
            if (more > 0) html.Element("p", $"and {more} more", ("class", "more"));
            html.Raw("</section>");
        }
        return html.Raw("</section>");
    }

    private static void Tie(this HtmlBuilder html, RelationshipView view, DateOnly? asOf)
    {
        var relationship = view.Relationship;
        html.Raw("<li>").Element("span", EntityLabels.RelationshipVerb(relationship.Type, view.Outgoing), ("class", "verb")).Text(" ")
            .Link(SafeHref.Local(PublicAddress.EntityPath(view.Other.Id, asOf)), view.Other.Name)
            .Element("span", " (" + EntityLabels.Kind(view.Other.Kind) + ")", ("class", "kind"));
        if (!string.IsNullOrWhiteSpace(relationship.Role)) html.Text(" — ").Data(relationship.Role);
        if (Period(relationship) is { } period) html.Element("span", " · " + period, ("class", "period"));
        if (relationship.Sources.Count > 0)
        {
            html.Raw("<details><summary>").Text(relationship.Sources.Count == 1 ? "Source" : $"{relationship.Sources.Count} sources").Raw("</summary>")
                .Sources(relationship.Sources).Raw("</details>");
        }
        html.Raw("</li>");
    }

    private static string? Period(Relationship relationship) => (relationship.StartDate, relationship.EndDate) switch
    {
        ({ } start, { } end) => $"{start} to {end}",
        ({ } start, null) => $"since {start}",
        (null, { } end) => $"until {end}",
        _ => null,
    };
}
