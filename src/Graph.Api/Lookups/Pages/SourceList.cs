using Graph.Domain.Model;

namespace Graph.Api.Lookups.Pages;

/// <summary>Sources as a list: each verbatim quote, then the document, linked only when its address is http(s).</summary>
internal static class SourceList
{
    public static HtmlBuilder Sources(this HtmlBuilder html, IReadOnlyList<Source> sources, string? label = null)
    {
        if (sources.Count == 0) return html;
        html.Open("ul", ("class", "sources"), ("aria-label", label));
        foreach (var source in sources)
        {
            html.Raw("<li>");
            if (!string.IsNullOrWhiteSpace(source.Quote)) html.Raw("<blockquote>").DataElement("p", source.Quote).Raw("</blockquote>");
            html.Raw("<p class=\"cite\">").Document(source).Raw("</p></li>");
        }
        return html.Close("ul");
    }

    /// <summary>The document's title (a link when its address is http(s)), publisher and date; any other address shown as text.</summary>
    public static HtmlBuilder Document(this HtmlBuilder html, Source source, bool newWindow = false)
    {
        var href = SafeHref.Web(source.Url);
        html.Raw("<cite>");
        if (href is { } link) html.Link(link, source.Title, newWindow, "external");
        else html.Data(source.Title);
        html.Raw("</cite>");
        if (!string.IsNullOrWhiteSpace(source.Publisher)) html.Text(", ").Data(source.Publisher);
        if (source.PublishedOn is { } published) html.Text(", ").Open("time", ("datetime", published.ToString())).Text(published.ToString()).Close("time");
        if (!string.IsNullOrWhiteSpace(source.Url) && href is null)
        {
            html.Text(" (address not linked, not a web address: ").Data(source.Url).Text(")");
        }
        return html;
    }
}
