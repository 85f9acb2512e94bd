using System.Globalization;

namespace Graph.Api.Lookups.Pages;

/// <summary>The codes a newsroom pastes: the card's iframe (also the oEmbed <c>html</c>), the web component's snippet and the oEmbed address.</summary>
internal static class EmbedCodes
{
    /// <summary>The card's size when nothing bounds it, in CSS pixels.</summary>
    public const int Width = 400;

    public const int Height = 250;

    /// <summary>
    /// The iframe of the card. Its border is removed by the obsolete but universally honoured <c>frameborder</c>
    /// attribute rather than a style attribute, which a host page's strict CSP (no <c>unsafe-inline</c>) would refuse.
    /// </summary>
    public static string Iframe(string cardUrl, string entityName, int width = Width, int height = Height) =>
        string.Create(CultureInfo.InvariantCulture,
            $"<iframe src=\"{HtmlBuilder.Escape(SafeHref.Own(cardUrl).Value)}\" width=\"{width}\" height=\"{height}\" title=\"{HtmlBuilder.Escape(FrameTitle(entityName))}\" frameborder=\"0\" loading=\"lazy\"></iframe>");

    /// <summary>The frame's accessible name, e.g. "Sanctions record: Sadio Camara".</summary>
    public static string FrameTitle(string entityName) => "Sanctions record: " + entityName;

    /// <summary>The web component's script and element, with the name as the fallback text readers see without script.</summary>
    public static string WebComponent(string baseUrl, string id, DateOnly day, string entityName) =>
        $"<script src=\"{HtmlBuilder.Escape(SafeHref.Own(baseUrl + "/embed.js").Value)}\" defer></script>\n" +
        $"<sanctions-entity entity-id=\"{HtmlBuilder.Escape(id)}\" as-of=\"{LookupQuery.Format(day)}\" mode=\"inline\">{HtmlBuilder.Escape(entityName)}</sanctions-entity>";
}
