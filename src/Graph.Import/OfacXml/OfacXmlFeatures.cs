using System.Xml.Linq;
using Graph.Import.Ofac;
using static Graph.Import.OfacXml.OfacXmlElements;

namespace Graph.Import.OfacXml;

/// <summary>
/// The features, identity documents and addresses of one entity as FollowTheMoney properties. OFAC's CSV Remarks are
/// written from these same features ("DOB 1962", "POB Shati", "Passport A123 (Russia)"), so each feature and document
/// is read as the Remarks item it prints as, through the CSV reader's own labels: the two formats give the same
/// properties, and an item no label fits stays a note. The vessel facts the CSV has as columns map directly.
/// </summary>
internal static class OfacXmlFeatures
{
    private const string Unreliable = "False";

    private static readonly Dictionary<string, string> Direct = new(StringComparer.Ordinal)
    {
        ["Vessel Call Sign"] = "callSign",
        ["Vessel Type"] = "type",
        ["Vessel Flag"] = "flag",
        ["Vessel Owner"] = "owner",
        ["Vessel Tonnage"] = "tonnage",
        ["Vessel Gross Registered Tonnage"] = "grossRegisteredTonnage",
        ["Nationality of Registration"] = "jurisdiction",
    };

    // The order an address is written in, after OFAC's own printing of it; the country closes it.
    private static readonly string[] AddressParts = ["ADDRESS1", "ADDRESS2", "ADDRESS3", "CITY", "STATE/PROVINCE", "POSTAL CODE", "REGION"];

    public static void Read(XElement entity, OfacXmlReferences references, OfacXmlEntryProblems problems, OfacRemarks into)
    {
        Features(entity, references, problems, into);
        Documents(entity, problems, into);
        Addresses(entity, problems, into.Properties);
    }

    private static void Features(XElement entity, OfacXmlReferences references, OfacXmlEntryProblems problems, OfacRemarks into)
    {
        foreach (var feature in Items(entity, "features", "feature"))
        {
            if (Child(feature, "type") is not { } typeElement || references.FeatureType(typeElement) is not var (type, description))
            {
                problems.Add(Child(feature, "type") ?? feature, "features/feature/type", "names no featureTypeId among the featureTypes.");
                continue;
            }
            if (problems.OptionalCoded(feature, "reliability", "features/feature/reliability") == Unreliable) continue;
            if (Text(feature, "value") is not { } value) continue;
            Add(type, description, value, into);
        }
    }

    /// <summary>
    /// One feature of an OFAC XML file, of the type OFAC names (e.g. "Birthdate") and printed in the Remarks with
    /// <paramref name="description"/> (e.g. "DOB"), as its FtM property: vessel columns directly, the rest through the
    /// Remarks labels. Both XML flavours read features through it, so they give the same properties.
    /// </summary>
    public static void Add(string type, string? description, string value, OfacRemarks into)
    {
        if (Direct.TryGetValue(type, out var property)) into.Properties.Add(property, value);
        else OfacRemarksParser.ParseItem($"{description ?? type} {value}", into);
    }

    /// <summary>An address as OFAC prints it: its parts (by their OFAC part type) in the usual order, then the country.</summary>
    public static string Address(IEnumerable<(string? Type, string Value)> parts, string? country)
    {
        var ordered = parts.Select(p => (Order: Array.IndexOf(AddressParts, p.Type), p.Value))
            .Select(p => (Order: p.Order < 0 ? AddressParts.Length : p.Order, p.Value))
            .OrderBy(p => p.Order)
            .Select(p => p.Value);
        IEnumerable<string?> written = [.. ordered, country];
        return string.Join(", ", written.OfType<string>());
    }

    private static void Documents(XElement entity, OfacXmlEntryProblems problems, OfacRemarks into)
    {
        foreach (var document in Items(entity, "identityDocuments", "identityDocument"))
        {
            var type = Child(document, "type") is { } coded ? problems.Coded(coded, "identityDocuments/identityDocument/type") : null;
            var number = Text(document, "documentNumber");
            if (type is null || number is null)
            {
                if (number is null) problems.Add(document, "identityDocuments/identityDocument/documentNumber", "is missing or empty.");
                if (Child(document, "type") is null) problems.Add(document, "identityDocuments/identityDocument/type", "is missing.");
                continue;
            }
            var country = problems.OptionalCoded(document, "issuingCountry", "identityDocuments/identityDocument/issuingCountry");
            OfacRemarksParser.ParseItem(country is null ? $"{type} {number}" : $"{type} {number} ({country})", into);
        }
    }

    private static void Addresses(XElement entity, OfacXmlEntryProblems problems, OfacProperties properties)
    {
        foreach (var address in Items(entity, "addresses", "address"))
        {
            var country = problems.OptionalCoded(address, "country", "addresses/address/country");
            var translations = Items(address, "translations", "translation").ToList();
            var translation = translations.FirstOrDefault(t => IsTrue(t, "isPrimary")) ?? translations.FirstOrDefault();
            var parts = new List<(string?, string)>();
            foreach (var part in translation is null ? [] : Items(translation, "addressParts", "addressPart"))
            {
                var partType = Child(part, "type") is { } coded ? problems.Coded(coded, "addresses/address/translations/translation/addressParts/addressPart/type") : null;
                if (Text(part, "value") is { } value) parts.Add((partType, value));
            }
            properties.Add("address", Address(parts, country));
            properties.Add("country", country);
        }
    }
}
