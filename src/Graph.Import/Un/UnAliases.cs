using Graph.Import.Ofac;
using System.Xml.Linq;

namespace Graph.Import.Un;

/// <summary>
/// Reads INDIVIDUAL_ALIAS and ENTITY_ALIAS by their QUALITY. "Good", "a.k.a." and none are aliases that name the party;
/// "f.k.a." ones are aliases too and previous names; "Low" ones are weak aliases, kept apart as the weakAlias property,
/// since the list itself deems them too weak to identify anyone. A NOTE, or a birth date or place an alias carries,
/// becomes a note.
/// </summary>
internal static class UnAliases
{
    private static readonly string[] Strong = ["good", "a.k.a.", "n.k.a."];
    private const string Former = "f.k.a.";
    private const string Weak = "low";

    public static void Add(XElement entry, string element, string name, List<string> aliases, OfacProperties properties, UnProblems problems)
    {
        foreach (var alias in entry.Elements(element))
        {
            if (UnText.Child(alias, "ALIAS_NAME") is not { } text) continue;
            var quality = UnText.Child(alias, "QUALITY")?.ToLowerInvariant();
            if (quality == Weak) properties.Add("weakAlias", text);
            else if (quality is null || quality == Former || Strong.Contains(quality))
            {
                if (text != name && !aliases.Contains(text)) aliases.Add(text);
                if (quality == Former) properties.Add("previousName", text);
            }
            else
            {
                problems.Add(alias.Element("QUALITY")!, $"{element}/QUALITY",
                    $"'{UnText.Child(alias, "QUALITY")}' is not a quality the list uses: Good, Low, a.k.a., f.k.a., n.k.a. or none.");
                continue;
            }
            properties.Add("notes", UnText.Child(alias, "NOTE") is { } note ? $"{text}: {note}" : null);
            properties.Add("notes", Birth(alias) is { } born ? $"{text}: born {born}" : null);
        }
    }

    private static string? Birth(XElement alias)
    {
        var date = UnText.Child(alias, "DATE_OF_BIRTH");
        var place = UnPlaces.Join(UnText.Child(alias, "CITY_OF_BIRTH"), UnText.Child(alias, "COUNTRY_OF_BIRTH"));
        return (date, place) switch
        {
            (null, null) => null,
            (_, null) => date,
            (null, _) => $"in {place}",
            _ => $"{date} in {place}",
        };
    }
}
