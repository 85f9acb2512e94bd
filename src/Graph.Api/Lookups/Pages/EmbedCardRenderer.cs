namespace Graph.Api.Lookups.Pages;

/// <summary>
/// The embed card: who the entity is, the sanction it leads with, its source and the day it shows, in about
/// 400 × 250, with a link back to the full page. Its script tells the parent frame its height.
/// </summary>
internal static class EmbedCardRenderer
{
    public static string Render(EntityDossier dossier, EntityAddresses at, LookupAssets assets)
    {
        var entity = dossier.Entity;
        var html = HtmlDocument.Begin(EmbedCodes.FrameTitle(entity.Name), assets.Url("card.css"), bodyAttributes: [("class", "card"), ("data-entity-id", entity.Id)]);
        html.Raw("<header class=\"card-head\">").Element("p", EntityLabels.Kind(entity.Kind), ("class", "kind")).DataElement("h1", entity.Name).Raw("</header>");
        html.Raw("<main class=\"card-main\">");
        var lead = SanctionWording.Lead(dossier);
        var day = LookupQuery.Format(at.ShownDay);
        if (lead is null)
        {
            html.Element("p", $"No sanction on record as of {day}.", ("class", "headline none"));
        }
        else
        {
            html.Raw("<p class=\"headline\">Sanctioned by <strong>").Data(EntityLabels.Authority(lead)).Raw("</strong>");
            if (lead.Sanction.Programs.Count > 0) html.Text(" under ").Data(string.Join(", ", lead.Sanction.Programs));
            if (SanctionWording.Since(lead) is { } since) html.Text(" " + since);
            html.Raw("</p>");
            html.Element("p", SanctionWording.Status(lead) + (lead.InForce ? $" on {day}" : ""),
                ("class", lead.InForce ? "status status-in-force" : "status status-ended"));
            var others = dossier.Sanctions.Count - 1;
            if (others > 0) html.Element("p", $"and {others} other sanction{(others == 1 ? "" : "s")} on the full record", ("class", "more"));
        }
        var source = lead?.Sanction.Sources is [var first, ..] ? first : entity.Sources is [var own, ..] ? own : null;
        if (source is not null)
        {
            html.Raw("<p class=\"source\">Source: ").Document(source, newWindow: true);
            if (!string.IsNullOrWhiteSpace(source.Quote)) html.Raw(": <q>").Data(source.Quote).Raw("</q>");
            html.Raw("</p>");
        }
        html.Raw("</main><footer class=\"card-foot\"><p>As of ").Open("time", ("datetime", day)).Text(day).Close("time");
        if (dossier.DataAsOf is { } data) html.Text(" · data as of ").Open("time", ("datetime", data.ToString())).Text(data.ToString()).Close("time");
        html.Text(" · ").Link(SafeHref.Own(at.Permalink), "Full record", newWindow: true).Raw("</p></footer>");
        return HtmlDocument.End(html, assets.Url("card.js"));
    }
}
