using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Graph.Domain.Matching;

/// <summary>
/// Writes a name in lowercase ASCII Latin letters and digits, one space between words: Latin diacritics dropped,
/// and Cyrillic, Greek, Arabic, Georgian and Armenian letters romanised by tables close to the usual passport
/// systems (BGN/PCGN for Cyrillic, ELOT for Greek, a simplified UNGEGN for Arabic). Letters of other scripts
/// are kept, lowercased, so that a name in them still compares with itself.
/// </summary>
public static class Transliteration
{
    /// <summary>The romanised name: lowercase, words of letters and digits separated by single spaces.</summary>
    public static string ToLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text.Length + 8);
        var pendingSpace = false;
        foreach (var rune in text.Normalize(NormalizationForm.FormD).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (category is UnicodeCategory.Format) continue; // zero-width joiners, tatweel's kin
            if (rune.Value is '\'' or '\u2019' or '\u02BC' or '\u02BB' or '`' or '\u0640') continue; // apostrophes of romanised names and the Arabic tatweel
            var lower = Rune.ToLowerInvariant(rune);
            if (lower.Value < 0x80)
            {
                if (Rune.IsLetterOrDigit(lower)) Append(output, ref pendingSpace, (char)lower.Value);
                else pendingSpace = output.Length > 0;
                continue;
            }
            if (lower.Value is 'و' or 'ي' or 'ی')
            {
                // Arabic's waw and ya are consonants at the start of a word and long vowels inside it: Walid, Yusuf.
                var inWord = !pendingSpace && output.Length > 0;
                Append(output, ref pendingSpace, lower.Value == 'و' ? (inWord ? "u" : "w") : (inWord ? "i" : "y"));
                continue;
            }
            if (Table.TryGetValue(lower.Value, out var latin))
            {
                if (latin.Length == 0) continue;
                Append(output, ref pendingSpace, latin);
                continue;
            }
            if (Rune.IsLetterOrDigit(lower)) Append(output, ref pendingSpace, lower.ToString());
            else pendingSpace = output.Length > 0;
        }
        return output.ToString();
    }

    private static void Append(StringBuilder output, ref bool pendingSpace, char letter)
    {
        if (pendingSpace && output.Length > 0) output.Append(' ');
        pendingSpace = false;
        output.Append(letter);
    }

    private static void Append(StringBuilder output, ref bool pendingSpace, string text)
    {
        if (pendingSpace && output.Length > 0) output.Append(' ');
        pendingSpace = false;
        output.Append(text);
    }

    private static readonly FrozenDictionary<int, string> Table = BuildTable();

    private static FrozenDictionary<int, string> BuildTable()
    {
        var table = new Dictionary<int, string>();
        void Add(string letters, params string[] latin)
        {
            var runes = letters.EnumerateRunes().ToArray();
            for (var i = 0; i < runes.Length; i++) table[runes[i].Value] = latin[i];
        }
        // Latin letters that carry no combining mark to strip.
        Add("ßæœøłđðþıĸŀŋħŧ", "ss", "ae", "oe", "o", "l", "d", "d", "th", "i", "k", "l", "ng", "h", "t");
        // Cyrillic: Russian, then Ukrainian, Belarusian, Serbian, Macedonian and Kazakh letters.
        Add("абвгдежзийклмнопрстуфхцчшщъыьэюя",
            "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya");
        Add("ёєіїґўђјљњћџѓќѕәғқңөұүһі", "e", "ye", "i", "yi", "g", "w", "dj", "j", "lj", "nj", "c", "dz", "gj", "kj", "dz", "a", "g", "k", "n", "o", "u", "u", "h", "i");
        // Greek.
        Add("αβγδεζηθικλμνξοπρσςτυφχψω", "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o");
        // Arabic and Persian; the short vowels are marks and were dropped, so the long ones stand for them.
        Add("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيپچژگکی",
            "", "a", "a", "u", "i", "i", "a", "b", "a", "t", "th", "j", "h", "kh", "d", "dh", "r", "z", "s", "sh", "s", "d", "t", "z", "", "gh", "f", "q", "k", "l", "m", "n", "h", "w", "a", "y", "p", "ch", "zh", "g", "k", "y");
        // Georgian (Mkhedruli), national system.
        Add("აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
            "a", "b", "g", "d", "e", "v", "z", "t", "i", "k", "l", "m", "n", "o", "p", "zh", "r", "s", "t", "u", "p", "k", "gh", "q", "sh", "ch", "ts", "dz", "ts", "ch", "kh", "j", "h");
        // Armenian (lowercase), after the BGN/PCGN table.
        Add("աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ",
            "a", "b", "g", "d", "e", "z", "e", "y", "t", "zh", "i", "l", "kh", "ts", "k", "h", "dz", "gh", "ch", "m", "y", "n", "sh", "o", "ch", "p", "j", "r", "s", "v", "t", "r", "ts", "v", "p", "k", "o", "f");
        return table.ToFrozenDictionary();
    }
}
