using System.Collections.Frozen;
using System.Globalization;

namespace Graph.Domain.Matching;

/// <summary>
/// Countries as comparable codes: "ml", "ML", "Mali" and "Republic of Mali"'s last words all become "ml". Names are
/// known from the regions .NET knows (their English and native names) plus the forms sanctions lists use.
/// </summary>
public static class Countries
{
    private static readonly FrozenDictionary<string, string> CodeByName = BuildNames();

    /// <summary>The lowercase ISO 3166-1 alpha-2 code of a country code or name, else the folded text itself.</summary>
    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var folded = Transliteration.ToLatin(value);
        if (folded.Length == 2) return folded;
        return CodeByName.TryGetValue(folded, out var code) ? code : folded;
    }

    private static FrozenDictionary<string, string> BuildNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try { region = new RegionInfo(culture.Name); }
            catch (ArgumentException) { continue; }
            if (region.TwoLetterISORegionName.Length != 2) continue;
            var code = region.TwoLetterISORegionName.ToLowerInvariant();
            names.TryAdd(Transliteration.ToLatin(region.EnglishName), code);
            names.TryAdd(Transliteration.ToLatin(region.ThreeLetterISORegionName), code);
        }
        // Forms the lists write that the regions' names do not.
        foreach (var (name, code) in new[]
                 {
                     ("russian federation", "ru"), ("russia", "ru"), ("burma", "mm"), ("iran", "ir"), ("syria", "sy"),
                     ("north korea", "kp"), ("korea north", "kp"), ("south korea", "kr"), ("korea south", "kr"),
                     ("united states", "us"), ("usa", "us"), ("united kingdom", "gb"), ("uk", "gb"), ("great britain", "gb"),
                     ("turkey", "tr"), ("turkiye", "tr"), ("czech republic", "cz"), ("ivory coast", "ci"), ("cote d ivoire", "ci"),
                     ("venezuela", "ve"), ("bolivia", "bo"), ("tanzania", "tz"), ("vietnam", "vn"), ("laos", "la"), ("moldova", "md"),
                     ("congo democratic republic of the", "cd"), ("democratic republic of the congo", "cd"), ("west bank", "ps"), ("palestinian", "ps"),
                 })
        {
            names[name] = code;
        }
        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
