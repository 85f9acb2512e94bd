using System.Globalization;
using Graph.Domain.Model;

namespace Graph.Api.Lookups.Pages;

/// <summary>The words the pages and the card use for kinds, relationship types and FtM properties.</summary>
internal static class EntityLabels
{
    private static readonly Dictionary<string, (string Heading, string Outgoing, string Incoming)> Relationships = new(StringComparer.Ordinal)
    {
        ["membership"] = ("Memberships", "member of", "has as member"),
        ["directorship"] = ("Directorships", "director of", "has as director"),
        ["ownership"] = ("Ownership", "owns", "owned by"),
        ["employment"] = ("Employment", "employed by", "employs"),
        ["family"] = ("Family", "relative of", "relative of"),
        ["associate"] = ("Associates", "associate of", "associate of"),
        ["occupancy"] = ("Positions", "holds", "held by"),
        ["involvement"] = ("Involvement", "involved in", "involves"),
        ["support"] = ("Support", "supports", "supported by"),
        ["subsidiary"] = ("Parts and parents", "part of", "has as part"),
        ["operation"] = ("Operations", "operates in", "has operating in it"),
        ["opposition"] = ("Opposition", "opposes", "opposed by"),
        ["payment"] = ("Payments", "paid", "paid by"),
        ["representation"] = ("Representation", "represents", "represented by"),
        ["unknown"] = ("Other ties", "tied to", "tied to"),
    };

    /// <summary>The properties shown first, in this order, with their labels; others follow under a label made from their name.</summary>
    public static IReadOnlyList<(string Name, string Label)> KeyProperties { get; } =
    [
        ("birthDate", "Born"), ("birthPlace", "Place of birth"), ("nationality", "Nationality"), ("citizenship", "Citizenship"),
        ("position", "Position"), ("country", "Country"), ("jurisdiction", "Jurisdiction"), ("deathDate", "Died"),
    ];

    private static readonly HashSet<string> CountryProperties = new(StringComparer.Ordinal) { "nationality", "citizenship", "country", "jurisdiction" };

    public static string Kind(EntityKind kind) => kind switch
    {
        EntityKind.Person => "Person",
        EntityKind.Organization => "Organisation",
        EntityKind.Company => "Company",
        EntityKind.PublicBody => "Public body",
        EntityKind.Country => "Country or territory",
        EntityKind.Position => "Position",
        EntityKind.Event => "Event",
        EntityKind.Vessel => "Vessel",
        EntityKind.Aircraft => "Aircraft",
        _ => kind.ToString(),
    };

    public static string RelationshipHeading(string type) =>
        Relationships.TryGetValue(type, out var labels) ? labels.Heading : Humanise(type);

    /// <summary>How the tie reads from the page's entity, e.g. "member of" or "owned by".</summary>
    public static string RelationshipVerb(string type, bool outgoing) =>
        Relationships.TryGetValue(type, out var labels) ? (outgoing ? labels.Outgoing : labels.Incoming) : (outgoing ? "tied to" : "tied from");

    /// <summary>A label for any FtM property: the key ones' own, else its camelCase name as words ("idNumber" → "Id number").</summary>
    public static string Property(string name) =>
        KeyProperties.FirstOrDefault(p => p.Name == name).Label ?? Humanise(name);

    /// <summary>A property value as shown: a country code of a country property gets its English name ("ml" → "Mali (ml)").</summary>
    public static string PropertyValue(string property, string value)
    {
        if (!CountryProperties.Contains(property) || value.Length != 2 || !value.All(char.IsAsciiLetter)) return value;
        try
        {
            return $"{new RegionInfo(value).EnglishName} ({value})";
        }
        catch (ArgumentException)
        {
            return value;
        }
    }

    /// <summary>The authority's name with its short form when it has one, e.g. "Office of Foreign Assets Control (OFAC)".</summary>
    public static string Authority(SanctionView sanction)
    {
        var acronym = sanction.Authority?.Aliases.FirstOrDefault(a => a.Length is >= 2 and <= 10 && a.All(char.IsAsciiLetterUpper));
        return acronym is null || sanction.AuthorityName.Contains(acronym, StringComparison.Ordinal)
            ? sanction.AuthorityName
            : $"{sanction.AuthorityName} ({acronym})";
    }

    private static string Humanise(string name)
    {
        var words = new System.Text.StringBuilder(name.Length + 4);
        foreach (var c in name.Replace('_', ' '))
        {
            if (char.IsUpper(c) && words.Length > 0) words.Append(' ');
            words.Append(words.Length == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
        }
        return words.ToString();
    }
}
