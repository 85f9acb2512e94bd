using Graph.Domain.Model;

namespace Graph.Domain.Matching;

/// <summary>The score of one candidate for one query, with the features that gave it, strongest first.</summary>
public sealed record MatchResult(double Score, IReadOnlyList<MatchExplanation> Explanations);

/// <summary>
/// Scores candidates for one query. The name decides most of the score (<see cref="NameWeight"/> of it); what the
/// name leaves open, the rest settles: the whole name as written or as normalised, the primary name rather than an
/// alias, then the birth date, countries, gender and identifiers, which confirm or refute. A name alone never
/// reaches 1, so that corroborated hits rank above bare ones. What the query's names become is worked out once.
/// </summary>
public sealed class MatchScorer
{
    /// <summary>The share of the score that the best pairing of names gives.</summary>
    public const double NameWeight = 0.85;

    private const double LiteralBonus = 0.05;
    private const double NormalizedBonus = 0.03;
    private const double PrimaryBonus = 0.02;
    private const int MaxCandidateNames = 24;

    private readonly MatchQuery _query;
    private readonly TokenRarity _rarity;
    private readonly QualifierComparison _qualifiers;
    private WeightedName[]? _asPerson;
    private WeightedName[]? _asOther;

    /// <summary>Prepares the query for scoring candidates, each word of its names weighed by its rarity in the store.</summary>
    public MatchScorer(MatchQuery query, TokenRarity rarity)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(rarity);
        _query = query;
        _rarity = rarity;
        _qualifiers = new QualifierComparison(query);
    }

    /// <summary>Prepares the query for comparing names alone, every word weighing the same.</summary>
    public MatchScorer(MatchQuery query) : this(query, TokenRarity.Unknown)
    {
    }

    /// <summary>The candidate's score from 0 to 1, and why.</summary>
    public MatchResult Score(Entity candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var isPerson = candidate.Kind == EntityKind.Person;
        var queryNames = isPerson ? _asPerson ??= Parse(true) : _asOther ??= Parse(false);
        NameComparison? best = null;
        var bestIsPrimary = false;
        var names = new[] { candidate.Name }.Concat(candidate.Aliases).Take(MaxCandidateNames);
        var primary = true;
        foreach (var name in names)
        {
            var parts = NameParts.Of(name, isPerson);
            foreach (var query in queryNames)
            {
                var comparison = NameComparison.Of(query.Parts, query.Weights, parts);
                if (best is null || comparison.Score > best.Score + 1e-9)
                {
                    best = comparison;
                    bestIsPrimary = primary;
                }
            }
            primary = false;
        }
        var explanations = new List<MatchExplanation>();
        var score = 0.0;
        if (best is not null)
        {
            score = NameWeight * best.Score + Explain(best, bestIsPrimary, explanations);
        }
        score += _qualifiers.Compare(candidate, explanations);
        return new MatchResult(Math.Round(Math.Clamp(score, 0, 1), 4), explanations);
    }

    private WeightedName[] Parse(bool isPerson) => [.. _query.Names().Select(n => WeightedName.Of(NameParts.Of(n, isPerson), _rarity))];

    /// <summary>A name of the query with the weight of each of its tokens.</summary>
    private sealed record WeightedName(NameParts Parts, double[] Weights)
    {
        public static WeightedName Of(NameParts parts, TokenRarity rarity) =>
            new(parts, [.. parts.Tokens.Select((token, i) => rarity.WeightOf(token, parts.Keys[i]))]);
    }

    /// <summary>Adds the name's explanations and returns the bonuses the whole name earns.</summary>
    private static double Explain(NameComparison best, bool isPrimary, List<MatchExplanation> explanations)
    {
        var paired = best.Aligned.Count;
        var detail = $"{paired} token(s) paired; {best.UnpairedQuery} of the query's and {best.UnpairedCandidate} of the candidate's unpaired"
                     + (isPrimary ? "; the candidate's primary name" : "; an alias of the candidate");
        explanations.Add(new MatchExplanation("name", Math.Round(best.Score, 4), NameWeight, best.Query.Original, best.Candidate.Original, detail));
        var bonus = 0.0;
        if (best.Score > 0 && isPrimary) bonus += PrimaryBonus;
        if (string.Equals(best.Query.Original.Trim(), best.Candidate.Original.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            bonus += LiteralBonus;
            explanations.Add(new MatchExplanation("name.exact", 1, LiteralBonus, best.Query.Original, best.Candidate.Original, "the same name as written"));
        }
        else if (best.AllTokensEqual)
        {
            bonus += NormalizedBonus;
            explanations.Add(new MatchExplanation("name.normalized", 1, NormalizedBonus, best.Query.Latin, best.Candidate.Latin,
                "the same words after case, diacritics, punctuation, particles and word order are set aside"));
        }
        if (best.Score > 0 && IsRomanised(best.Query.Original) != IsRomanised(best.Candidate.Original))
        {
            explanations.Add(new MatchExplanation("name.transliteration", 1, null, best.Query.Original, best.Candidate.Original,
                $"compared in Latin letters: \"{best.Query.Latin}\" and \"{best.Candidate.Latin}\""));
        }
        foreach (var token in best.Aligned.OrderByDescending(a => a.Match.Score))
        {
            explanations.Add(new MatchExplanation(token.Match.Feature, Math.Round(token.Match.Score, 4), null, token.Query, token.Candidate, TokenDetail(token)));
        }
        if (best.Query.LegalForms.Count > 0 || best.Candidate.LegalForms.Count > 0)
        {
            var same = best.Query.LegalForms.Intersect(best.Candidate.LegalForms).Any();
            explanations.Add(new MatchExplanation("legalForm", same ? 1 : 0, 0, string.Join(" ", best.Query.LegalForms), string.Join(" ", best.Candidate.LegalForms),
                "legal forms are set aside before names are compared; they neither help nor hurt"));
        }
        return bonus;
    }

    private static string TokenDetail(AlignedToken token) => token.Match.Feature switch
    {
        TokenSimilarity.Exact => "the same word",
        TokenSimilarity.Phonetic => "the same sound: one romanisation of the other",
        TokenSimilarity.Initial => "an initial of the other",
        TokenSimilarity.Compound => "one word written as two",
        _ => "within a small edit distance",
    };

    /// <summary>Whether a name is written in Latin letters, with or without diacritics.</summary>
    private static bool IsRomanised(string name) => name.All(c => !char.IsLetter(c) || c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF');
}
