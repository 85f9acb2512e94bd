using Graph.Benchmarks.Generation;

namespace Graph.Benchmarks.Latency;

/// <summary>
/// Search queries of one to three words the way people type them: full names, surnames alone, the start of a
/// word, names without accents or in list order, company stems and places. Built from the generator's lists, so
/// most queries hit many near-collisions and some hit nothing.
/// </summary>
internal sealed class QueryFactory(Random random)
{
    private readonly NameFactory _names = new(random);

    /// <summary>The next query and the name of its shape, for a per-shape breakdown.</summary>
    public (string Text, string Shape) Next() => random.Next(20) switch
    {
        < 6 => ($"{_names.Given()} {_names.Surname()}", "given surname"),
        < 9 => (_names.Surname(), "surname"),
        9 => ($"{_names.Surname().ToUpperInvariant()}, {_names.Given()}", "SURNAME, given"),
        10 => ($"{_names.Given()} {_names.Given()} {_names.Surname()}", "given given surname"),
        11 => (Unaccented($"{_names.Given()} {_names.Surname()}"), "given surname, unaccented"),
        < 14 => (Prefix(_names.Surname()), "surname prefix (3-5 letters)"),
        < 16 => ($"{_names.Word(2, 3)} {_names.Pick(NameLists.Sectors)}", "company stem sector"),
        16 => ($"{_names.Pick(NameLists.Sectors)} {_names.Pick(NameLists.CompanySuffixes)}", "sector suffix"),
        < 19 => ($"{_names.Place()} {_names.Pick(OrganizationWords)}", "place organisation-word"),
        _ => ($"Minister {_names.Pick(NameLists.Portfolios).Split(' ')[0]} {_names.Place()}", "Minister portfolio place"),
    };

    private static readonly string[] OrganizationWords = ["Brigade", "Movement", "Foundation", "Armed Forces"];

    /// <summary>The first three to five letters, as typed into a search-as-you-type box.</summary>
    private string Prefix(string word) => word[..Math.Min(word.Length, random.Next(3, 6))];

    private static string Unaccented(string text) =>
        string.Concat(text.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark));
}
