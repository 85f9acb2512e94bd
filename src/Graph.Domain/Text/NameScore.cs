using Graph.Domain.Model;

namespace Graph.Domain.Text;

/// <summary>
/// How well a query names an entity, from 0 to 1: the share of query tokens found in a name and the share of
/// that name's tokens the query covers, taking the best of the name and aliases. Token order does not count,
/// so "Sadio Camara" scores 1 against "CAMARA, Sadio". Every store ranks search hits with it, so that they agree.
/// </summary>
public static class NameScore
{
    /// <summary>
    /// The most query tokens scored: as many as <see cref="Store.SearchQuery.MaxTextLength"/> characters can hold
    /// (a letter and a separator each). Past it a query names nobody better, and the cost of a score, the query's
    /// tokens times the name's, stays bounded whatever a caller passes.
    /// </summary>
    public const int MaxQueryTokens = Store.SearchQuery.MaxTextLength / 2;

    private const double PrefixWeight = 0.8;

    /// <summary>The best score of the name and aliases of <paramref name="entity"/> for the folded query tokens, rounded to 4 places.</summary>
    public static double Best(IReadOnlyList<string> queryTokens, Entity entity)
    {
        ArgumentNullException.ThrowIfNull(queryTokens);
        ArgumentNullException.ThrowIfNull(entity);
        var query = queryTokens.Count > MaxQueryTokens ? [.. queryTokens.Take(MaxQueryTokens)] : queryTokens;
        var best = Score(query, NameTokens.Of(entity.Name));
        foreach (var alias in entity.Aliases) best = Math.Max(best, Score(query, NameTokens.Of(alias)));
        return Math.Round(best, 4);
    }

    /// <summary>
    /// Each query token, in order, takes an unused name token equal to it, or else the first unused one it begins.
    /// A name has a handful of tokens, so a scan of them per query token costs less than any index of them would.
    /// </summary>
    private static double Score(IReadOnlyList<string> query, IReadOnlyList<string> name)
    {
        if (query.Count == 0 || name.Count == 0) return 0;
        Span<bool> used = name.Count <= 64 ? stackalloc bool[name.Count] : new bool[name.Count];
        var matched = 0.0;
        foreach (var token in query)
        {
            var exact = -1;
            var prefix = -1;
            for (var i = 0; i < name.Count && exact < 0; i++)
            {
                if (used[i]) continue;
                if (string.Equals(name[i], token, StringComparison.Ordinal)) exact = i;
                else if (prefix < 0 && name[i].StartsWith(token, StringComparison.Ordinal)) prefix = i;
            }
            if (exact >= 0)
            {
                matched += 1;
                used[exact] = true;
            }
            else if (prefix >= 0)
            {
                matched += PrefixWeight;
                used[prefix] = true;
            }
        }
        return (matched / query.Count + matched / name.Count) / 2;
    }
}
