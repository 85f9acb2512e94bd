using System.Globalization;
using System.Text;

namespace Graph.Domain.Text;

/// <summary>
/// Splits names into comparable tokens: lowercase, without diacritics, without punctuation, so that
/// "CAMARA, Sadio", "Sadio Camara" and "Sadio Cámara" give the same tokens.
/// </summary>
public static class NameTokens
{
    /// <summary>The folded tokens of a name, in order.</summary>
    public static IReadOnlyList<string> Of(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
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

    private static void Flush(StringBuilder current, List<string> tokens)
    {
        if (current.Length == 0) return;
        tokens.Add(current.ToString().Normalize(NormalizationForm.FormC));
        current.Clear();
    }
}
