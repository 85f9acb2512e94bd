using Graph.Domain.Matching;

namespace Graph.Api.Matching.Reconcile;

/// <summary>The types and properties reconciliation queries may name, as both manifests and the suggest services list them.</summary>
internal static class ReconcileVocabulary
{
    /// <summary>The property id that stands for any identifier (passport, national id, IMO, registration number…).</summary>
    public const string Identifier = "identifier";

    /// <summary>The FtM schemata queries may restrict candidates to, by id.</summary>
    public static IReadOnlyList<ReconcileTypeJson> Types { get; } = [.. FtmSchemas.Matchable.Select(s => new ReconcileTypeJson(s.Name, s.Label))];

    /// <summary>The properties that refine a match, with what each compares.</summary>
    public static IReadOnlyList<ReconcilePropertyJson> Properties { get; } =
    [
        new("birthDate", "Birth date", "A date of birth or incorporation, as YYYY, YYYY-MM or YYYY-MM-DD; a conflicting one lowers the score."),
        new("nationality", "Nationality", "A nationality, as an ISO country code or a country name."),
        new("country", "Country", "A country tied to the party (residence, jurisdiction, address), as an ISO code or a name."),
        new("gender", "Gender", "male, female or other."),
        new(Identifier, "Identifier", "Any identifier: passport, national id, IMO, registration or tax number; an identical one is strong evidence."),
        new("alias", "Other name", "Another name of the same party, matched like the name."),
        .. MatchKeys.IdentifierProperties.Select(p => new ReconcilePropertyJson(p, Lookups.Pages.EntityLabels.Property(p), "An identifier of this kind, compared like any identifier.")),
    ];

    /// <summary>The FtM property a query's property id reads as, or null when no such property refines a match.</summary>
    public static string? FtmPropertyOf(string propertyId) =>
        propertyId == Identifier ? "idNumber"
        : MatchQueryDraft.Understands(propertyId) && propertyId != "name" ? propertyId
        : null;

    /// <summary>The ids a message lists.</summary>
    public static string PropertyIds { get; } = string.Join(", ", Properties.Take(6).Select(p => p.Id)) + " or an FtM identifier property";
}
