namespace Graph.Api.Lookups.Pages;

/// <summary>The absolute addresses of one entity's surfaces as shown on one day, for links, embed codes and JSON-LD.</summary>
/// <param name="BaseUrl">The service's public base URL.</param>
/// <param name="Page">The page as requested: pinned when it was asked with asOf (the canonical URL).</param>
/// <param name="Unpinned">The page without a day: what the entity is, for JSON-LD's <c>about</c>.</param>
/// <param name="Permalink">The page pinned to the shown day.</param>
/// <param name="Card">The embed card pinned to the shown day.</param>
/// <param name="ShownDay">The day shown: the asOf asked for, else today (UTC).</param>
internal sealed record EntityAddresses(string BaseUrl, string Page, string Unpinned, string Permalink, string Card, DateOnly ShownDay)
{
    public static EntityAddresses Of(PublicAddress address, HttpRequest request, string id, DateOnly? asOf, DateOnly today)
    {
        var day = asOf ?? today;
        return new EntityAddresses(address.BaseUrl(request), address.EntityPage(request, id, asOf), address.EntityPage(request, id),
            address.EntityPage(request, id, day), address.EmbedCard(request, id, day), day);
    }

    /// <summary>The oEmbed address of the pinned page.</summary>
    public string OEmbed => PublicAddress.OEmbedAddress(BaseUrl, Permalink);
}
