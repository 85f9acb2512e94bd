using System.Globalization;
using System.Text;

namespace Graph.Benchmarks.Matching;

/// <summary>
/// The labelled set's own reading of a name: lower-case Latin words without diacritics, and a Soundex code per word.
/// It is deliberately not the matcher's (<c>NameTokens</c>, <c>PhoneticKey</c>): the set must not move when the
/// matcher under test changes how it reads names.
/// </summary>
internal static class LabelTokens
{
    /// <summary>Words that say what a party is rather than who: legal forms and particles. They never make two names look alike.</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "al", "el", "ul", "ad", "as", "ash", "bin", "ibn", "bint", "abu", "abd", "de", "del", "la", "le", "van", "von", "da", "di", "do", "dos",
        "the", "and", "of", "for", "y", "e", "ltd", "limited", "llc", "inc", "co", "company", "corp", "corporation", "sa", "cv", "sl", "srl",
        "gmbh", "ag", "bv", "nv", "plc", "jsc", "ojsc", "cjsc", "pjsc", "ooo", "oao", "zao", "pao", "fze", "fzco", "fzc", "llp", "lp", "group",
        "holding", "holdings", "international", "trading", "general", "bank", "s", "a", "c", "v",
    };

    /// <summary>The words of a name, lower case, diacritics removed, split at anything that is not a letter or digit.</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The words that can make two names look alike: three letters or more, and not <see cref="Generic"/>.</summary>
    public static IEnumerable<string> Distinctive(string name) => Words(name).Where(w => w.Length >= 3 && !Generic.Contains(w));

    /// <summary>The words of a name in a canonical order, so that "CAMARA, Sadio" and "Sadio Camara" give one key.</summary>
    public static string SortedKey(string name) => string.Join(' ', Words(name).Order(StringComparer.Ordinal));

    /// <summary>American Soundex: the first letter and three digits of consonant classes ("mohammed" and "muhamad" give M530).</summary>
    public static string Soundex(string word)
    {
        var letters = word.Where(c => c is >= 'a' and <= 'z').ToArray();
        if (letters.Length == 0) return word;
        var builder = new StringBuilder().Append(char.ToUpperInvariant(letters[0]));
        var last = Code(letters[0]);
        foreach (var c in letters.Skip(1))
        {
            var code = Code(c);
            if (code != '0' && code != last) builder.Append(code);
            if (c is not ('h' or 'w')) last = code;
            if (builder.Length == 4) break;
        }
        return builder.ToString().PadRight(4, '0');
    }

    private static char Code(char c) => c switch
    {
        'b' or 'f' or 'p' or 'v' => '1',
        'c' or 'g' or 'j' or 'k' or 'q' or 's' or 'x' or 'z' => '2',
        'd' or 't' => '3',
        'l' => '4',
        'm' or 'n' => '5',
        'r' => '6',
        _ => '0',
    };
}
