using System.Xml.Linq;
using Graph.Import.Ofac;
using Graph.Import.OfacXml;
using static Graph.Import.OfacAdvancedXml.OfacAdvancedElements;

namespace Graph.Import.OfacAdvancedXml;

/// <summary>
/// The features of one Profile. Each FeatureVersion holds its value as a DatePeriod, a VersionDetail (text, or a
/// DetailReference by ID) or a VersionLocation; the value is then read as the Enhanced reader reads a feature's value,
/// through <see cref="OfacXmlFeatures.Add"/>, so both flavours give the same properties. The documents of the
/// profile's identity are read as the Remarks items they print as.
/// </summary>
internal static class OfacAdvancedFeatures
{
    private const string Field = "Profile/Feature";
    private const string Address = "Location";
    private const string Unreliable = "False";

    // How OFAC prints these features in the Remarks: the Enhanced XML carries it as publishDescription, the Advanced XML not.
    private static readonly Dictionary<string, string> Printed = new(StringComparer.Ordinal)
    {
        ["Birthdate"] = "DOB",
        ["Place of Birth"] = "POB",
        ["Nationality Country"] = "nationality",
        ["Citizenship Country"] = "citizen",
    };

    public static void Read(XElement profile, IReadOnlyList<string> documents, OfacAdvancedReferences references, OfacAdvancedPlaces places,
        OfacAdvancedProblems problems, OfacRemarks into)
    {
        foreach (var feature in Children(profile, "Feature"))
        {
            if (problems.Value(feature, "FeatureTypeID", "FeatureType", $"{Field}/@FeatureTypeID") is not { } type) continue;
            foreach (var version in Children(feature, "FeatureVersion"))
            {
                if (problems.OptionalValue(version, "ReliabilityID", "Reliability", $"{Field}/FeatureVersion/@ReliabilityID") == Unreliable) continue;
                if (type == Address && Located(version, places, problems) is { } place)
                {
                    into.Properties.Add("address", place.Address);
                    into.Properties.Add("country", place.Country);
                }
                else if (Value(version, references, places, problems) is { } value)
                {
                    OfacXmlFeatures.Add(type, Printed.GetValueOrDefault(type), value, into);
                }
            }
        }
        foreach (var document in documents) OfacRemarksParser.ParseItem(document, into);
    }

    private static string? Value(XElement version, OfacAdvancedReferences references, OfacAdvancedPlaces places, OfacAdvancedProblems problems)
    {
        if (Child(version, "DatePeriod") is { } period) return OfacAdvancedDates.Period(period, $"{Field}/FeatureVersion/DatePeriod", problems);
        if (Child(version, "VersionDetail") is { } detail)
        {
            return detail.Attribute("DetailReferenceID") is null
                ? detail.Value.Trim() is { Length: > 0 } text ? text : null
                : problems.Value(detail, "DetailReferenceID", "DetailReference", $"{Field}/FeatureVersion/VersionDetail/@DetailReferenceID");
        }
        // A country feature (nationality, citizenship, a flag) names a location that holds only its country.
        return Located(version, places, problems) is { } place ? place.Country ?? place.Address : null;
    }

    private static OfacAdvancedPlace? Located(XElement version, OfacAdvancedPlaces places, OfacAdvancedProblems problems)
    {
        if (Child(version, "VersionLocation") is not { } located) return null;
        var place = Number(located, "LocationID") is { } id ? places.Location(id) : null;
        if (place is null) problems.Add(located, $"{Field}/FeatureVersion/VersionLocation/@LocationID", "names no Location among the Locations.");
        return place;
    }
}
