using Graph.Import.Ofac;
using System.Xml.Linq;

namespace Graph.Import.Un;

/// <summary>
/// Reads INDIVIDUAL_PLACE_OF_BIRTH into birthPlace and INDIVIDUAL_ADDRESS or ENTITY_ADDRESS into address (with its
/// COUNTRY as country), each written "street, city, state or province, postal code, country"; a NOTE becomes a note.
/// </summary>
internal static class UnPlaces
{
    public static void AddBirthPlaces(XElement entry, OfacProperties properties)
    {
        foreach (var place in entry.Elements("INDIVIDUAL_PLACE_OF_BIRTH"))
        {
            var written = Written(place);
            properties.Add("birthPlace", written);
            properties.Add("notes", UnText.Child(place, "NOTE") is { } note ? $"Place of birth{Of(written)}: {note}" : null);
        }
    }

    public static void AddAddresses(XElement entry, string element, OfacProperties properties)
    {
        foreach (var address in entry.Elements(element))
        {
            var written = Written(address);
            properties.Add("address", written);
            properties.Add("country", UnText.Child(address, "COUNTRY"));
            properties.Add("notes", UnText.Child(address, "NOTE") is { } note ? $"Address{Of(written)}: {note}" : null);
        }
    }

    /// <summary>The parts that have a value, joined with commas; null when none has.</summary>
    public static string? Join(params string?[] parts)
    {
        var given = parts.OfType<string>().ToList();
        return given.Count == 0 ? null : string.Join(", ", given);
    }

    private static string? Written(XElement place) =>
        Join(UnText.Child(place, "STREET"), UnText.Child(place, "CITY"), UnText.Child(place, "STATE_PROVINCE"),
            UnText.Child(place, "ZIP_CODE"), UnText.Child(place, "COUNTRY"));

    private static string Of(string? written) => written is null ? "" : $" {written}";
}
