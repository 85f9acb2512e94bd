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
            if (Direct.TryGetValue(type, out var property)) into.Properties.Add(property, value);
            else OfacRemarksParser.ParseItem($"{description ?? type} {value}", into);
        }
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
            var parts = new List<(int Order, string Value)>();
            foreach (var part in translation is null ? [] : Items(translation, "addressParts", "addressPart"))
            {
                var partType = Child(part, "type") is { } coded ? problems.Coded(coded, "addresses/address/translations/translation/addressParts/addressPart/type") : null;
                var order = Array.IndexOf(AddressParts, partType);
                if (Text(part, "value") is { } value) parts.Add((order < 0 ? AddressParts.Length : order, value));
            }
            IEnumerable<string?> written = [.. parts.OrderBy(p => p.Order).Select(p => p.Value), country];
            properties.Add("address", string.Join(", ", written.OfType<string>()));
            properties.Add("country", country);
        }
    }
}
