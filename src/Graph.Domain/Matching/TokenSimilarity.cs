namespace Graph.Domain.Matching;

/// <summary>How alike two romanised name tokens are, and by which feature.</summary>
public readonly record struct TokenMatch(double Score, string Feature);

/// <summary>
/// Compares two tokens of names: equal, the same sound (<see cref="PhoneticKey"/>), an initial, or within a small
/// edit distance where the swaps romanisations make (vowels for vowels, g for h, c for k, i for y…) cost less than
/// other typos.
/// </summary>
public static class TokenSimilarity
{
    /// <summary>The feature names that <see cref="Compare"/> reports.</summary>
    public const string Exact = "name.token", Phonetic = "name.phonetic", Initial = "name.initial", Edit = "name.edit", Compound = "name.compound";

    /// <summary>The least edit similarity that counts as a match of two tokens.</summary>
    public const double MinEditSimilarity = 0.75;

    /// <summary>The same for tokens of four letters or fewer, where one letter changes the name (Saif, Said).</summary>
    public const double MinShortEditSimilarity = 0.8;

    private const double PhoneticScore = 0.9;
    private const double MinPhoneticEditSimilarity = 0.6;
    private const double InitialScore = 0.7;

    /// <summary>How alike the tokens are; a score of 0 means not at all.</summary>
    public static TokenMatch Compare(string query, string queryKey, string candidate, string candidateKey)
    {
        if (string.Equals(query, candidate, StringComparison.Ordinal)) return new TokenMatch(1, Exact);
        if (query.Length == 1 || candidate.Length == 1)
        {
            return query[0] == candidate[0] ? new TokenMatch(InitialScore, Initial) : default;
        }
        var edit = EditSimilarity(query, candidate);
        // A shared key counts when the letters are not far apart either (Kotehk is not Kitoko); a key of one or two
        // sounds is shared by too many short names (Ilya and Ali) to count unless the letters agree well, or one side
        // is a word without vowels to compare: Arabic writes none (mhmd is Muhammad).
        if (string.Equals(queryKey, candidateKey, StringComparison.Ordinal) && edit >= MinPhoneticEditSimilarity
            && (queryKey.Length >= 3 || edit >= MinEditSimilarity || IsAbjad(query) || IsAbjad(candidate)))
        {
            return new TokenMatch(Math.Max(edit, PhoneticScore), Phonetic);
        }
        var least = Math.Max(query.Length, candidate.Length) <= 4 ? MinShortEditSimilarity : MinEditSimilarity;
        return edit >= least ? new TokenMatch(edit, Edit) : default;
    }

    /// <summary>One minus the weighted edit distance over the longer token's length.</summary>
    public static double EditSimilarity(string a, string b)
    {
        var longer = Math.Max(a.Length, b.Length);
        if (longer == 0) return 1;
        if (Math.Abs(a.Length - b.Length) > longer / 2) return 0;
        Span<double> previous = stackalloc double[b.Length + 1];
        Span<double> current = stackalloc double[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j == 0 ? 0 : previous[j - 1] + IndelCost(b[j - 1]);
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = previous[0] + IndelCost(a[i - 1]);
            for (var j = 1; j <= b.Length; j++)
            {
                var substitute = previous[j - 1] + SubstitutionCost(a[i - 1], b[j - 1]);
                var delete = previous[j] + IndelCost(a[i - 1]);
                var insert = current[j - 1] + IndelCost(b[j - 1]);
                current[j] = Math.Min(substitute, Math.Min(delete, insert));
            }
            current.CopyTo(previous);
        }
        return Math.Max(0, 1 - previous[b.Length] / longer);
    }

    /// <summary>A word of three letters or more without a vowel: Arabic or Hebrew romanised letter by letter.</summary>
    private static bool IsAbjad(string token) => token.Length >= 3 && !token.Any(IsVowel);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static double IndelCost(char c) => IsVowel(c) ? 0.6 : c == 'h' ? 0.8 : 1;

    private static double SubstitutionCost(char a, char b)
    {
        if (a == b) return 0;
        if (IsVowel(a) && IsVowel(b)) return 0.4;
        return (a, b) switch
        {
            ('g', 'h') or ('h', 'g') or ('c', 'k') or ('k', 'c') or ('k', 'q') or ('q', 'k') or ('s', 'z') or ('z', 's')
                or ('v', 'w') or ('w', 'v') or ('f', 'v') or ('v', 'f') or ('j', 'y') or ('y', 'j') or ('i', 'j') or ('j', 'i')
                or ('c', 's') or ('s', 'c') or ('d', 't') or ('t', 'd') => 0.5,
            _ => 1,
        };
    }
}
