using System.Xml.Linq;
using Graph.Import.OfacXml;
using static Graph.Import.OfacAdvancedXml.OfacAdvancedElements;

namespace Graph.Import.OfacAdvancedXml;

/// <summary>One Location as the parties' features use it: the address as OFAC prints it, and its country.</summary>
internal sealed record OfacAdvancedPlace(string Address, string? Country);

/// <summary>
/// The Locations and IDRegDocuments, which a publication gives before its parties and the parties name by ID. Only what
/// a party takes from them is kept: each location's address and country, and each identity's documents as the Remarks
/// print them ("Passport 1084010 (Egypt)").
/// </summary>
internal sealed class OfacAdvancedPlaces
{
    private readonly Dictionary<int, OfacAdvancedPlace> _locations = [];
    private readonly Dictionary<int, List<string>> _documents = [];

    public OfacAdvancedPlace? Location(int id) => _locations.GetValueOrDefault(id);

    /// <summary>The documents of an identity, as Remarks items.</summary>
    public IReadOnlyList<string> Documents(int identityId) => _documents.TryGetValue(identityId, out var documents) ? documents : [];

    public void AddLocation(XElement location, OfacAdvancedProblems problems)
    {
        if (Number(location, "ID") is not { } id)
        {
            problems.Add(location, "Location/@ID", "must be the location's number.");
            return;
        }
        string? country = null;
        foreach (var located in Children(location, "LocationCountry")) country ??= problems.Value(located, "CountryID", "Country", "Location/LocationCountry/@CountryID");
        var parts = new List<(string?, string)>();
        foreach (var part in Children(location, "LocationPart"))
        {
            var type = problems.Value(part, "LocPartTypeID", "LocPartType", "Location/LocationPart/@LocPartTypeID");
            var values = Children(part, "LocationPartValue").ToList();
            var value = values.FirstOrDefault(v => IsTrue(v, "Primary")) ?? values.FirstOrDefault();
            if (value is not null && Text(value, "Value") is { } text) parts.Add((type, text));
        }
        _locations[id] = new OfacAdvancedPlace(OfacXmlFeatures.Address(parts, country), country);
    }

    public void AddDocument(XElement document, OfacAdvancedProblems problems)
    {
        const string Field = "IDRegDocument";
        var type = problems.Value(document, "IDRegDocTypeID", "IDRegDocType", $"{Field}/@IDRegDocTypeID");
        var identity = Number(document, "IdentityID");
        if (identity is null) problems.Add(document, $"{Field}/@IdentityID", "must be the number of an Identity.");
        var number = Text(document, "IDRegistrationNo");
        if (number is null) problems.Add(document, $"{Field}/IDRegistrationNo", "is missing or empty.");
        var country = problems.OptionalValue(document, "IssuedBy-CountryID", "Country", $"{Field}/@IssuedBy-CountryID");
        if (type is null || identity is null || number is null) return;
        if (!_documents.TryGetValue(identity.Value, out var documents)) _documents[identity.Value] = documents = [];
        documents.Add(country is null ? $"{type} {number}" : $"{type} {number} ({country})");
    }
}
