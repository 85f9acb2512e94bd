using Graph.Domain.Model;

namespace Graph.Import.OfacXml;

/// <summary>OFAC's party types (the Enhanced XML's entity type, the Advanced XML's party type or subtype) as the graph's kinds.</summary>
internal static class OfacXmlKinds
{
    private static readonly Dictionary<string, EntityKind> Known = new(StringComparer.Ordinal)
    {
        ["Individual"] = EntityKind.Person,
        ["Entity"] = EntityKind.Organization,
        ["Vessel"] = EntityKind.Vessel,
        ["Aircraft"] = EntityKind.Aircraft,
    };

    /// <summary>The types, for messages.</summary>
    public static string Names => string.Join(", ", Known.Keys);

    /// <summary>The kind of a type OFAC names, or null for any other.</summary>
    public static EntityKind? Of(string? type) => type is not null && Known.TryGetValue(type, out var kind) ? kind : null;
}
