using Graph.Import.Ofac;
using System.Xml.Linq;

namespace Graph.Import.Un;

/// <summary>
/// Reads INDIVIDUAL_DOCUMENT: the NUMBER of a passport (by TYPE_OF_DOCUMENT) becomes a passportNumber, any other an
/// idNumber, as written, so that matching finds it; the rest of what the list says of the document (its types, where,
/// by whom and when it was issued, its NOTE) becomes a note such as "Passport AAISO40158: issued in Guinea-Bissau on
/// 2012-10-12; Expiration date 2 Oct. 2015".
/// </summary>
internal static class UnDocuments
{
    private const string Element = "INDIVIDUAL_DOCUMENT";

    public static void Add(XElement entry, OfacProperties properties, UnProblems problems)
    {
        foreach (var document in entry.Elements(Element))
        {
            var type = UnText.Child(document, "TYPE_OF_DOCUMENT");
            var number = UnText.Child(document, "NUMBER");
            var issuedOn = UnText.Child(document, "DATE_OF_ISSUE");
            if (issuedOn is not null && UnDates.Day(issuedOn) is null)
            {
                problems.Add(document.Element("DATE_OF_ISSUE")!, $"{Element}/DATE_OF_ISSUE", $"'{issuedOn}' is not a day of the form YYYY-MM-DD.");
                continue;
            }
            var isPassport = type?.Contains("passport", StringComparison.OrdinalIgnoreCase) == true;
            properties.Add(isPassport ? "passportNumber" : "idNumber", number);
            properties.Add("notes", Described(document, type, number, issuedOn));
        }
    }

    /// <summary>The note on a document, or null when the list says nothing of it beyond its type and number.</summary>
    private static string? Described(XElement document, string? type, string? number, string? issuedOn)
    {
        var issuer = UnText.Child(document, "ISSUING_COUNTRY");
        var place = UnPlaces.Join(UnText.Child(document, "CITY_OF_ISSUE"), UnText.Child(document, "COUNTRY_OF_ISSUE"));
        var issued = string.Join(" ", new[]
        {
            issuer is null ? null : $"by {issuer}",
            place is null || place == issuer ? null : $"in {place}",
            issuedOn is null ? null : $"on {issuedOn}",
        }.OfType<string>());
        string?[] facts = [issued.Length == 0 ? null : $"issued {issued}", UnText.Child(document, "TYPE_OF_DOCUMENT2"), UnText.Child(document, "NOTE")];
        var said = facts.OfType<string>().ToList();
        if (said.Count == 0) return null;
        var named = number is null ? type ?? "Document" : $"{type ?? "Document"} {number}";
        return $"{named}: {string.Join("; ", said)}";
    }
}
