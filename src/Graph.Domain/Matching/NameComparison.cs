namespace Graph.Domain.Matching;

/// <summary>One pair of tokens that the alignment of two names paired.</summary>
public readonly record struct AlignedToken(string Query, string Candidate, TokenMatch Match);

/// <summary>
/// How well one name of a query names one name of a candidate, from 0 to 1. Tokens pair up in any order, best
/// pairs first; what is left unpaired costs, little when one name is all inside the other (lists carry middle names
/// and patronymics that callers leave out, and callers add them), more when both sides have words the other lacks.
/// </summary>
public sealed record NameComparison(NameParts Query, NameParts Candidate, double Score, IReadOnlyList<AlignedToken> Aligned, int UnpairedQuery, int UnpairedCandidate)
{
    // What an unpaired token costs, as a share of a paired one. A name that is all inside the other (a missing middle
    // name, patronymic or title) costs little; tokens unpaired on both sides say the names differ, and cost more.
    private const double QueryInsideCandidateCost = 0.25;
    private const double CandidateInsideQueryCost = 0.35;
    private const double UnpairedQueryCost = 0.8;
    private const double UnpairedCandidateCost = 0.5;

    /// <summary>Whether every token of both names found its equal.</summary>
    public bool AllTokensEqual => UnpairedQuery == 0 && UnpairedCandidate == 0 && Aligned.All(a => a.Match.Feature == TokenSimilarity.Exact);

    /// <summary>Aligns the tokens of two names and scores the result, each query token weighing what <paramref name="weights"/> says.</summary>
    public static NameComparison Of(NameParts query, IReadOnlyList<double> weights, NameParts candidate)
    {
        var q = query.Tokens;
        var c = candidate.Tokens;
        if (q.Count == 0 || c.Count == 0) return new NameComparison(query, candidate, 0, [], q.Count, c.Count);
        var pairs = new List<TokenPair>(q.Count * c.Count + q.Count + c.Count);
        for (var i = 0; i < q.Count; i++)
        {
            for (var j = 0; j < c.Count; j++)
            {
                var match = TokenSimilarity.Compare(q[i], query.Keys[i], c[j], candidate.Keys[j]);
                if (match.Score > 0) pairs.Add(new TokenPair(i, 1, j, 1, match));
            }
        }
        AddCompounds(query, candidate, pairs, queryJoined: false);
        AddCompounds(candidate, query, pairs, queryJoined: true);
        // Best pairs first; among equals, the one that keeps the names' order.
        pairs.Sort((x, y) => y.Match.Score.CompareTo(x.Match.Score) is var order && order != 0 ? order : Math.Abs(x.Q - x.C).CompareTo(Math.Abs(y.Q - y.C)));
        Span<bool> queryUsed = stackalloc bool[q.Count];
        Span<bool> candidateUsed = stackalloc bool[c.Count];
        var aligned = new List<AlignedToken>(Math.Min(q.Count, c.Count));
        double found = 0, pairedWeight = 0;
        var pairedQuery = 0;
        var pairedCandidate = 0;
        foreach (var pair in pairs)
        {
            if (queryUsed.Slice(pair.Q, pair.QSpan).Contains(true) || candidateUsed.Slice(pair.C, pair.CSpan).Contains(true)) continue;
            queryUsed.Slice(pair.Q, pair.QSpan).Fill(true);
            candidateUsed.Slice(pair.C, pair.CSpan).Fill(true);
            pairedQuery += pair.QSpan;
            pairedCandidate += pair.CSpan;
            aligned.Add(new AlignedToken(Join(q, pair.Q, pair.QSpan), Join(c, pair.C, pair.CSpan), pair.Match));
            for (var i = pair.Q; i < pair.Q + pair.QSpan; i++)
            {
                found += weights[i] * pair.Match.Score;
                pairedWeight += weights[i];
            }
        }
        // Initials alone do not make a name: a pairing of nothing but initials scores nothing.
        if (aligned.All(a => a.Match.Feature == TokenSimilarity.Initial)) found = 0;
        var unpairedQuery = q.Count - pairedQuery;
        var unpairedCandidate = c.Count - pairedCandidate;
        var unpairedQueryWeight = 0.0;
        for (var i = 0; i < q.Count; i++) if (!queryUsed[i]) unpairedQueryWeight += weights[i];
        // The candidate's words are not looked up; each weighs what the query's words weigh on average.
        var candidateTokenWeight = weights.Average();
        var cost = (unpairedQuery, unpairedCandidate) switch
        {
            (0, var extra) => extra * candidateTokenWeight * QueryInsideCandidateCost,
            (_, 0) => unpairedQueryWeight * CandidateInsideQueryCost,
            var (_, extra) => unpairedQueryWeight * UnpairedQueryCost + extra * candidateTokenWeight * UnpairedCandidateCost,
        };
        var score = found == 0 ? 0 : found / (pairedWeight + cost) * Evidence(found);
        return new NameComparison(query, candidate, score, aligned, unpairedQuery, unpairedCandidate);
    }

    /// <summary>One token of one name paired with one token, or two written as one, of the other.</summary>
    private readonly record struct TokenPair(int Q, int QSpan, int C, int CSpan, TokenMatch Match);

    /// <summary>
    /// Pairs a token of <paramref name="whole"/> with two neighbouring tokens of <paramref name="split"/> written as one,
    /// when they are the same word or sound: Yahyazadeh and Yahya Zadeh, Seifallah and Seif Allah.
    /// </summary>
    private static void AddCompounds(NameParts whole, NameParts split, List<TokenPair> pairs, bool queryJoined)
    {
        for (var j = 0; j + 1 < split.Tokens.Count; j++)
        {
            if (split.Tokens[j].Length == 1 || split.Tokens[j + 1].Length == 1) continue;
            var joined = split.Tokens[j] + split.Tokens[j + 1];
            var joinedKey = PhoneticKey.Of(joined);
            for (var i = 0; i < whole.Tokens.Count; i++)
            {
                if (whole.Tokens[i].Length < joined.Length - 2) continue;
                var match = TokenSimilarity.Compare(whole.Tokens[i], whole.Keys[i], joined, joinedKey);
                if (match.Feature is not (TokenSimilarity.Exact or TokenSimilarity.Phonetic)) continue;
                var compound = new TokenMatch(match.Score * CompoundDiscount, TokenSimilarity.Compound);
                pairs.Add(queryJoined ? new TokenPair(j, 2, i, 1, compound) : new TokenPair(i, 1, j, 2, compound));
            }
        }
    }

    private static string Join(IReadOnlyList<string> tokens, int start, int count) =>
        count == 1 ? tokens[start] : string.Join(' ', tokens.Skip(start).Take(count));

    private const double CompoundDiscount = 0.95;

    /// <summary>
    /// How far the words that agree carry a name: a rare word carries it whole; common words alone (Mohammed Ali)
    /// carry less, down to <see cref="WeakEvidence"/>.
    /// </summary>
    private static double Evidence(double found) => Math.Min(1, WeakEvidence + (1 - WeakEvidence) * found / FullEvidence);

    private const double WeakEvidence = 0.6;
    private const double FullEvidence = 1.0;
}
