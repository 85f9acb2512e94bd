using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Domain.Model;

namespace Graph.Api.Lookups.Pages;

/// <summary>
/// The page's schema.org description: a <c>WebPage</c> about the entity, with <c>dateModified</c> from the dossier's
/// "data as of". Written inside <c>&lt;script type="application/ld+json"&gt;</c>, so it is made unable to end that element.
/// </summary>
internal static class JsonLd
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string WebPage(EntityDossier dossier, string pageUrl, string entityUrl)
    {
        var entity = dossier.Entity;
        var about = new JsonObject { ["@type"] = SchemaType(entity.Kind), ["name"] = entity.Name, ["identifier"] = entity.Id, ["url"] = entityUrl };
        if (entity.Aliases.Count > 0) about["alternateName"] = new JsonArray([.. entity.Aliases.Select(a => (JsonNode?)JsonValue.Create(a))]);
        var page = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "WebPage",
            ["name"] = EntityPageRenderer.Title(entity),
            ["url"] = pageUrl,
            ["about"] = about,
        };
        if (dossier.DataAsOf is { } modified) page["dateModified"] = modified.ToString();
        return ForScriptElement(page.ToJsonString(Relaxed));
    }

    /// <summary>
    /// JSON that no HTML parser can end early: <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> can only occur inside its
    /// strings, where their \u escapes mean the same; U+2028 and U+2029 are escaped for old JavaScript parsers.
    /// </summary>
    public static string ForScriptElement(string json) => json
        .Replace("<", "\\u003C", StringComparison.Ordinal)
        .Replace(">", "\\u003E", StringComparison.Ordinal)
        .Replace("&", "\\u0026", StringComparison.Ordinal)
        .Replace("\u2028", "\\u2028", StringComparison.Ordinal)
        .Replace("\u2029", "\\u2029", StringComparison.Ordinal);

    private static string SchemaType(EntityKind kind) => kind switch
    {
        EntityKind.Person => "Person",
        EntityKind.Organization => "Organization",
        EntityKind.Company => "Corporation",
        EntityKind.PublicBody => "GovernmentOrganization",
        EntityKind.Country => "Country",
        EntityKind.Event => "Event",
        _ => "Thing",
    };
}
