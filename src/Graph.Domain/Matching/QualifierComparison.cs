using Graph.Domain.Model;

namespace Graph.Domain.Matching;

/// <summary>
/// What the query says besides names (birth date, countries, gender, identifiers), compared with a candidate's
/// properties. Agreement adds a little, conflict takes more away, and an identical identifier adds much: it is
/// strong evidence whatever the names say. Where either side is silent, nothing counts.
/// </summary>
internal sealed class QualifierComparison(MatchQuery query)
{
    private const double DayBonus = 0.1, MonthBonus = 0.07, YearBonus = 0.05, BirthConflict = -0.25;
    private const double CountryBonus = 0.04, CountryConflict = -0.1;
    private const double GenderBonus = 0.02, GenderConflict = -0.2;
    private const double IdentifierBonus = 0.3;

    private static readonly string[] CountryProperties = ["nationality", "citizenship", "country", "jurisdiction"];

    private readonly string[] _countries = [.. query.Nationality.Concat(query.Country).Take(2 * MatchQuery.MaxValues).Select(Countries.Normalize).Where(c => c.Length > 0).Distinct()];
    private readonly string[] _identifiers = [.. query.Identifiers.Take(MatchQuery.MaxValues).Select(MatchKeys.NormalizeIdentifier).Where(i => i.Length >= 4).Distinct()];
    private readonly string? _gender = NormalizeGender(query.Gender);

    /// <summary>Adds an explanation per qualifier both sides state and returns what they add to the score.</summary>
    public double Compare(Entity candidate, List<MatchExplanation> explanations) =>
        BirthDate(candidate, explanations) + Country(candidate, explanations) + Gender(candidate, explanations) + Identifier(candidate, explanations);

    private double BirthDate(Entity candidate, List<MatchExplanation> explanations)
    {
        if (query.BirthDate is not { } asked) return 0;
        var dates = candidate.Property("birthDate").Concat(candidate.Property("incorporationDate"))
            .Select(v => PartialDate.TryParse(v, out var d) ? d : (PartialDate?)null).OfType<PartialDate>().ToList();
        if (dates.Count == 0) return 0;
        var best = dates.Select(d => (Date: d, Value: Agreement(asked, d))).MaxBy(p => p.Value);
        var (score, detail) = best.Value switch
        {
            3 => (DayBonus, "the same day"),
            2 => (MonthBonus, "the same month"),
            1 => (YearBonus, "the same year"),
            0 => (0.0, "a year apart: neither confirms nor refutes"),
            _ => (BirthConflict, "different years: evidence against"),
        };
        explanations.Add(new MatchExplanation("birthDate", Math.Sign(score) * (best.Value < 0 ? 1 : best.Value / 3.0), score, asked.ToString(), best.Date.ToString(), detail));
        return score;
    }

    /// <summary>3 for the same day, 2 month, 1 year, 0 a year apart, -1 otherwise; what one side leaves out agrees.</summary>
    private static int Agreement(PartialDate a, PartialDate b)
    {
        if (a.Year != b.Year) return Math.Abs(a.Year - b.Year) == 1 ? 0 : -1;
        if (a.Month is null || b.Month is null) return 1;
        if (a.Month != b.Month) return 0;
        if (a.Day is null || b.Day is null) return 2;
        return a.Day == b.Day ? 3 : 0;
    }

    private double Country(Entity candidate, List<MatchExplanation> explanations)
    {
        if (_countries.Length == 0) return 0;
        var theirs = CountryProperties.SelectMany(candidate.Property).Select(Countries.Normalize).Where(c => c.Length > 0).Distinct().ToList();
        if (theirs.Count == 0) return 0;
        var shared = _countries.Intersect(theirs).ToList();
        var score = shared.Count > 0 ? CountryBonus : CountryConflict;
        explanations.Add(new MatchExplanation("country", shared.Count > 0 ? 1 : -1, score, string.Join(", ", _countries), string.Join(", ", theirs),
            shared.Count > 0 ? $"both name {string.Join(", ", shared)}" : "no country in common: evidence against"));
        return score;
    }

    private double Gender(Entity candidate, List<MatchExplanation> explanations)
    {
        if (_gender is null) return 0;
        var theirs = candidate.Property("gender").Select(NormalizeGender).OfType<string>().FirstOrDefault();
        if (theirs is null) return 0;
        var same = theirs == _gender;
        explanations.Add(new MatchExplanation("gender", same ? 1 : -1, same ? GenderBonus : GenderConflict, _gender, theirs, same ? "the same" : "different: evidence against"));
        return same ? GenderBonus : GenderConflict;
    }

    private double Identifier(Entity candidate, List<MatchExplanation> explanations)
    {
        if (_identifiers.Length == 0) return 0;
        foreach (var property in MatchKeys.IdentifierProperties)
        {
            foreach (var value in candidate.Property(property))
            {
                var normalized = MatchKeys.NormalizeIdentifier(value);
                if (Array.IndexOf(_identifiers, normalized) < 0) continue;
                explanations.Add(new MatchExplanation("identifier", 1, IdentifierBonus, normalized, value, $"the same {property}: strong evidence"));
                return IdentifierBonus;
            }
        }
        return 0;
    }

    private static string? NormalizeGender(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "m" or "male" or "man" => "male",
        "f" or "female" or "woman" => "female",
        null or "" => null,
        var other => other,
    };
}
