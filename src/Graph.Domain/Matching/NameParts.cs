using System.Collections.Frozen;

namespace Graph.Domain.Matching;

/// <summary>
/// A name as a matcher compares it: romanised tokens without punctuation, Arabic particles or titles, the legal
/// forms apart, and each token's phonetic key.
/// </summary>
/// <param name="Original">The name as written.</param>
/// <param name="Latin">The romanised name, whole, particles and forms included: what "the name after normalisation" compares.</param>
/// <param name="Tokens">The tokens that name the party, in order.</param>
/// <param name="Keys">The phonetic key of each token, in the same order.</param>
/// <param name="LegalForms">The codes of the legal forms the name carried.</param>
public sealed record NameParts(string Original, string Latin, IReadOnlyList<string> Tokens, IReadOnlyList<string> Keys, IReadOnlyList<string> LegalForms)
{
    /// <summary>Most tokens of one name that are compared; names longer than this are mostly titles and patronymic chains.</summary>
    public const int MaxTokens = 8;

    // Arabic articles and kinship words, which romanisations write glued, hyphenated, apart or not at all.
    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["al", "el", "ad", "ar", "as", "ash", "az", "an", "at", "ul", "bin", "ibn", "bint", "ben", "ould", "walad"], StringComparer.Ordinal);

    // 'Abd ("servant of") as romanisations write it before the name it joins: Abd al-Rahman, Abdul Rahman, Abdur Rahman.
    private static readonly FrozenSet<string> AbdForms = FrozenSet.ToFrozenSet(
        ["abd", "abdul", "abdel", "abdal", "abdol", "abdu", "abdur", "abdus", "abdoul"], StringComparer.Ordinal);

    // Titles and ranks, which the lists and the press add to names.
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
        ["mr", "mrs", "ms", "dr", "colonel", "col", "general", "gen", "major", "maj", "lieutenant", "lt", "captain", "capt", "sheikh", "shaykh", "haji", "hajji", "mullah"], StringComparer.Ordinal);

    /// <summary>The parts of a name. A person's name keeps any word a company's form would take out.</summary>
    public static NameParts Of(string name, bool isPerson)
    {
        ArgumentNullException.ThrowIfNull(name);
        var bounded = name.Length > MatchQuery.MaxNameLength ? name[..MatchQuery.MaxNameLength] : name;
        var latin = Transliteration.ToLatin(bounded);
        var words = latin.Length == 0 ? [] : latin.Split(' ');
        var tokens = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (AbdForms.Contains(word) && i + 1 < words.Length)
            {
                // 'Abd al-Rahman, Abd-ur-Rahman, Abdurrahman: the servant's name is one word with what follows.
                var next = i + 1;
                while (next < words.Length - 1 && Particles.Contains(words[next])) next++;
                tokens.Add("abd" + words[next]);
                i = next;
                continue;
            }
            if (words.Length > 1 && (Particles.Contains(word) || Titles.Contains(word))) continue;
            tokens.Add(word);
        }
        IReadOnlyList<string> kept = tokens;
        IReadOnlyList<string> forms = [];
        if (!isPerson) (kept, forms) = Matching.LegalForms.Split(tokens);
        if (kept.Count > MaxTokens) kept = [.. kept.Take(MaxTokens)];
        return new NameParts(name, latin, kept, [.. kept.Select(PhoneticKey.Of)], forms);
    }
}
