using System.Collections.Frozen;
using Graph.Domain.Model;

namespace Graph.Import.Ftm;

/// <summary>
/// An FtM interval schema the graph keeps as a relationship: which property holds each endpoint, and which
/// one words the tie.
/// </summary>
internal sealed record FtmEdgeSchema(string Schema, string Type, string From, string To, string? RoleProperty);

/// <summary>The mapping between FollowTheMoney schemata and the graph's kinds and relationship types, both ways.</summary>
internal static class FtmSchemata
{
    public const string Sanction = "Sanction";
    public const string Event = "Event";
    public const string UnknownLink = "UnknownLink";

    /// <summary>
    /// Not an FtM property: the writer sets it on an UnknownLink that stands for a relationship type FtM has no
    /// schema for (support, opposition, same_as…), so that reading the export back restores the type.
    /// </summary>
    public const string RelationshipTypeProperty = "relationshipType";

    public static FrozenDictionary<string, EntityKind> Nodes { get; } = new Dictionary<string, EntityKind>
    {
        ["Person"] = EntityKind.Person,
        ["Organization"] = EntityKind.Organization,
        ["LegalEntity"] = EntityKind.Organization,
        ["Company"] = EntityKind.Company,
        ["PublicBody"] = EntityKind.PublicBody,
        ["Country"] = EntityKind.Country,
        ["Position"] = EntityKind.Position,
        [Event] = EntityKind.Event,
        ["Vessel"] = EntityKind.Vessel,
        ["Airplane"] = EntityKind.Aircraft,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static FrozenDictionary<string, FtmEdgeSchema> Edges { get; } = new FtmEdgeSchema[]
    {
        new("Ownership", "ownership", "owner", "asset", "role"),
        new("Directorship", "directorship", "director", "organization", "role"),
        new("Membership", "membership", "member", "organization", "role"),
        new("Employment", "employment", "employee", "employer", "role"),
        new("Family", "family", "person", "relative", "relationship"),
        new("Associate", "associate", "person", "associate", "relationship"),
        // Occupancy has no role; its free-text summary is the closest place for how the source words the post.
        new("Occupancy", "occupancy", "holder", "post", "summary"),
        new(UnknownLink, "unknown", "subject", "object", "role"),
        new("Representation", "representation", "agent", "client", "role"),
        new("Payment", "payment", "payer", "beneficiary", "purpose"),
    }.ToFrozenDictionary(e => e.Schema, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, FtmEdgeSchema> EdgesByType =
        Edges.Values.ToFrozenDictionary(e => e.Type, StringComparer.Ordinal);

    /// <summary>The FtM schema of a kind; the inverse of <see cref="Nodes"/> (organisations become "Organization").</summary>
    public static string SchemaOf(EntityKind kind) => kind switch
    {
        EntityKind.Aircraft => "Airplane",
        _ => kind.ToString(),
    };

    /// <summary>The edge schema that writes a relationship type; UnknownLink for types FtM has no schema for.</summary>
    public static FtmEdgeSchema EdgeOf(string type) =>
        EdgesByType.TryGetValue(type, out var edge) ? edge : Edges[UnknownLink];
}
