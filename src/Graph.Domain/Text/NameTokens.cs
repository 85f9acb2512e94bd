using System.Globalization;
using System.Text;

namespace Graph.Domain.Text;

/// <summary>
/// Splits names into comparable tokens: lowercase, without punctuation, and without the diacritics of Latin
/// letters, so that "CAMARA, Sadio", "Sadio Camara" and "Sadio Cámara" give the same tokens. Marks on other
/// scripts are kept (Cyrillic "й" is not "и"), as SQLite's unicode61 tokenizer does.
/// </summary>
public static class NameTokens
{
    /// <summary>The folded tokens of a name, in order.</summary>
    public static IReadOnlyList<string> Of(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        var afterLatin = false;
        foreach (var c in WellFormed(text).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                if (!afterLatin) current.Append(c);
                continue;
            }
            afterLatin = IsLatin(c);
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
                continue;
            }
            Flush(current, tokens);
        }
        Flush(current, tokens);
        return tokens;
    }

    /// <summary>The folded tokens joined by single spaces: a key for comparing whole names.</summary>
    public static string Key(string text) => string.Join(' ', Of(text));

    /// <summary>The text without lone surrogates, which are no letters and which normalization refuses.</summary>
    private static string WellFormed(string text)
    {
        var bad = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (bad < 0) return text;
        var kept = new StringBuilder(text.Length);
        kept.Append(text, 0, bad);
        for (var i = bad; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(text[i]).Append(text[++i]);
            }
            else if (!char.IsSurrogate(text[i]))
            {
                kept.Append(text[i]);
            }
        }
        return kept.ToString();
    }

    private static bool IsLatin(char c) => c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF';

    private static void Flush(StringBuilder current, List<string> tokens)
    {
        if (current.Length == 0) return;
        tokens.Add(current.ToString().Normalize(NormalizationForm.FormC));
        current.Clear();
    }
}
