using System.Globalization;

namespace Graph.Benchmarks.Matching;

/// <summary>
/// Turns a stored person's name into a query the way a payee file writes it: unchanged, with one typo, surname first
/// in capitals, or without the middle name.
/// </summary>
internal sealed class NamePerturbation(Random random)
{
    public static readonly IReadOnlyList<string> Shapes = ["exact", "typo", "surname first", "no middle name"];

    /// <summary>The name in <paramref name="shape"/>; a name without a middle name loses its first given name's last letter instead.</summary>
    public string Apply(string name, string shape)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return shape switch
        {
            "typo" => Typo(words),
            "surname first" => $"{words[^1].ToUpperInvariant()}, {string.Join(' ', words[..^1])}",
            "no middle name" when words.Length >= 3 => $"{words[0]} {words[^1]}",
            "no middle name" => $"{words[0][..^1]} {string.Join(' ', words[1..])}",
            _ => name,
        };
    }

    /// <summary>One substitution, deletion, transposition or insertion in a word of four letters or more.</summary>
    private string Typo(string[] words)
    {
        var candidates = Enumerable.Range(0, words.Length).Where(i => words[i].Length >= 4).ToList();
        if (candidates.Count == 0) return string.Join(' ', words);
        var index = candidates[random.Next(candidates.Count)];
        var word = words[index];
        var at = random.Next(1, word.Length - 1);
        var letter = (char)('a' + random.Next(26));
        words[index] = random.Next(4) switch
        {
            0 => word[..at] + letter + word[(at + 1)..],
            1 => word[..at] + word[(at + 1)..],
            2 => word[..at] + word[at + 1] + word[at] + word[(at + 2)..],
            _ => word[..at] + letter + word[at..],
        };
        return string.Join(' ', words).ToString(CultureInfo.InvariantCulture);
    }
}
