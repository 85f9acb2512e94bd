using System.Globalization;
using System.Text;
using Graph.Domain.Model;

namespace Graph.Benchmarks.Generation;

/// <summary>Builds realistic, multi-token names from <see cref="NameLists"/> with a caller-owned random source.</summary>
internal sealed class NameFactory(Random random)
{
    public string Given() => Pick(NameLists.GivenNames);

    /// <summary>A listed surname half the time, a built one otherwise, sometimes double-barrelled.</summary>
    public string Surname()
    {
        var surname = random.Next(2) == 0 ? Pick(NameLists.Surnames) : Word(2, 3);
        return random.Next(12) == 0 ? $"{surname}-{Pick(NameLists.Surnames)}" : surname;
    }

    /// <summary>A capitalised word of a few syllables, for surnames, company stems and places.</summary>
    public string Word(int minSyllables, int maxSyllables)
    {
        var builder = new StringBuilder();
        var count = random.Next(minSyllables, maxSyllables + 1);
        for (var i = 0; i < count; i++) builder.Append(Pick(NameLists.Syllables));
        var word = builder.ToString();
        return char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];
    }

    public string Place() => Word(2, 3);

    public (string Name, IReadOnlyList<string> Aliases) For(EntityKind kind) => kind switch
    {
        EntityKind.Person => Person(),
        EntityKind.Company => Company(),
        EntityKind.Organization => (Format(NameLists.OrganizationForms, Place(), ""), []),
        EntityKind.PublicBody => (Format(NameLists.PublicBodyForms, Place(), Pick(NameLists.Portfolios)), []),
        EntityKind.Position => (Format(NameLists.PositionForms, Place(), Pick(NameLists.Portfolios)), []),
        EntityKind.Event => (Format(NameLists.EventForms, Place(), random.Next(1990, 2025).ToString(CultureInfo.InvariantCulture)), []),
        _ => ($"Republic of {Place()}", []),
    };

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private (string, IReadOnlyList<string>) Person()
    {
        var given = random.Next(5) == 0 ? $"{Given()} {Given()}" : Given();
        var surname = Surname();
        var name = $"{given} {surname}";
        // Lists often write the surname first in capitals; a few persons also go by a shorter name.
        return random.Next(10) switch
        {
            < 3 => (name, [$"{surname.ToUpperInvariant()}, {given}"]),
            3 => (name, [$"{given.Split(' ')[0]} {surname}", $"{surname.ToUpperInvariant()}, {given}"]),
            _ => (name, []),
        };
    }

    private (string, IReadOnlyList<string>) Company()
    {
        var stem = random.Next(3) == 0 ? $"{Word(1, 2)}{Word(1, 1).ToLowerInvariant()}" : Word(2, 3);
        var name = $"{stem} {Pick(NameLists.Sectors)} {Pick(NameLists.CompanySuffixes)}";
        return random.Next(6) == 0 ? (name, [$"{stem} {Pick(NameLists.Sectors)}"]) : (name, []);
    }

    private string Format(IReadOnlyList<string> forms, string first, string second) =>
        string.Format(CultureInfo.InvariantCulture, Pick(forms), first, second);
}
