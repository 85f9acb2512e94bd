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

    /// <summary>Aligns the tokens of two names and scores the result.</summary>
    public static NameComparison Of(NameParts query, NameParts candidate)
    {
        var q = query.Tokens;
        var c = candidate.Tokens;
        if (q.Count == 0 || c.Count == 0) return new NameComparison(query, candidate, 0, [], q.Count, c.Count);
        var pairs = new List<(int Q, int C, TokenMatch Match)>(q.Count * c.Count);
        for (var i = 0; i < q.Count; i++)
        {
            for (var j = 0; j < c.Count; j++)
            {
                var match = TokenSimilarity.Compare(q[i], query.Keys[i], c[j], candidate.Keys[j]);
                if (match.Score > 0) pairs.Add((i, j, match));
            }
        }
        // Best pairs first; among equals, the one that keeps the names' order.
        pairs.Sort((x, y) => y.Match.Score.CompareTo(x.Match.Score) is var order && order != 0 ? order : Math.Abs(x.Q - x.C).CompareTo(Math.Abs(y.Q - y.C)));
        Span<bool> queryUsed = stackalloc bool[q.Count];
        Span<bool> candidateUsed = stackalloc bool[c.Count];
        var aligned = new List<AlignedToken>(Math.Min(q.Count, c.Count));
        var total = 0.0;
        foreach (var (i, j, match) in pairs)
        {
            if (queryUsed[i] || candidateUsed[j]) continue;
            queryUsed[i] = candidateUsed[j] = true;
            aligned.Add(new AlignedToken(q[i], c[j], match));
            total += match.Score;
        }
        // Initials alone do not make a name: a pairing of nothing but initials scores nothing.
        if (aligned.All(a => a.Match.Feature == TokenSimilarity.Initial)) total = 0;
        var unpairedQuery = q.Count - aligned.Count;
        var unpairedCandidate = c.Count - aligned.Count;
        var cost = (unpairedQuery, unpairedCandidate) switch
        {
            (0, var extra) => extra * QueryInsideCandidateCost,
            (var extra, 0) => extra * CandidateInsideQueryCost,
            var (q2, c2) => q2 * UnpairedQueryCost + c2 * UnpairedCandidateCost,
        };
        var score = total / (aligned.Count + cost);
        return new NameComparison(query, candidate, score, aligned, unpairedQuery, unpairedCandidate);
    }
}
