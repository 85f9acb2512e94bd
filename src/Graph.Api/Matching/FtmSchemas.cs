using Graph.Domain.Model;

namespace Graph.Api.Matching;

/// <summary>A FollowTheMoney schema a query may name, the kind it asks the matcher for and the kinds it accepts back.</summary>
/// <param name="Name">The schema's FtM name, e.g. "Person".</param>
/// <param name="Label">Its name for people, e.g. "Public body".</param>
/// <param name="Kind">The kind the matcher is asked for, or null for any (then <paramref name="Accepts"/> filters).</param>
/// <param name="Accepts">The kinds of the entities it matches, as FtM's schema tree has it.</param>
internal sealed record FtmSchema(string Name, string Label, EntityKind? Kind, IReadOnlySet<EntityKind> Accepts);

/// <summary>The FtM schemata of matching queries and results, over this graph's entity kinds.</summary>
internal static class FtmSchemas
{
    private static readonly HashSet<EntityKind> Parties = [EntityKind.Person, EntityKind.Organization, EntityKind.Company, EntityKind.PublicBody];

    public static readonly FtmSchema LegalEntity = new("LegalEntity", "Legal entity", null, Parties);

    /// <summary>The schemata a query may name, the most used first.</summary>
    public static IReadOnlyList<FtmSchema> Matchable { get; } =
    [
        new("Person", "Person", EntityKind.Person, new HashSet<EntityKind> { EntityKind.Person }),
        new("Organization", "Organization", EntityKind.Organization, new HashSet<EntityKind> { EntityKind.Organization, EntityKind.Company, EntityKind.PublicBody }),
        new("Company", "Company", EntityKind.Company, new HashSet<EntityKind> { EntityKind.Company }),
        new("PublicBody", "Public body", EntityKind.PublicBody, new HashSet<EntityKind> { EntityKind.PublicBody }),
        LegalEntity,
        new("Vessel", "Vessel", EntityKind.Vessel, new HashSet<EntityKind> { EntityKind.Vessel }),
        new("Airplane", "Airplane", EntityKind.Aircraft, new HashSet<EntityKind> { EntityKind.Aircraft }),
        new("Thing", "Anything", null, Enum.GetValues<EntityKind>().ToHashSet()),
    ];

    private static readonly Dictionary<string, FtmSchema> ByName = Matchable
        .Select(s => (Name: s.Name, Schema: s))
        .Append((Name: "Aircraft", Schema: Matchable.Single(s => s.Name == "Airplane")))
        .ToDictionary(p => p.Name, p => p.Schema, StringComparer.OrdinalIgnoreCase);

    /// <summary>The names a message lists.</summary>
    public static string Names { get; } = string.Join(", ", Matchable.Select(s => s.Name));

    /// <summary>Finds a schema by its FtM name, ignoring case; "Aircraft" is FtM's "Airplane".</summary>
    public static bool TryFind(string name, out FtmSchema schema) => ByName.TryGetValue(name.Trim(), out schema!);

    /// <summary>The FtM schema an entity of this graph has in answers.</summary>
    public static string NameOf(EntityKind kind) => kind switch
    {
        EntityKind.Person => "Person",
        EntityKind.Organization => "Organization",
        EntityKind.Company => "Company",
        EntityKind.PublicBody => "PublicBody",
        EntityKind.Vessel => "Vessel",
        EntityKind.Aircraft => "Airplane",
        EntityKind.Position => "Position",
        EntityKind.Event => "Event",
        // FtM has no schema of countries.
        _ => "Thing",
    };

    /// <summary>The label of the FtM schema an entity has in answers.</summary>
    public static string LabelOf(EntityKind kind) => ByName.TryGetValue(NameOf(kind), out var schema) && schema.Name != "Thing" ? schema.Label : Lookups.Pages.EntityLabels.Kind(kind);
}
