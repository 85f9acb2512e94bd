using Graph.Domain.Model;

namespace Graph.Domain.Text;

/// <summary>
/// How well a query names an entity, from 0 to 1: the share of query tokens found in a name and the share of
/// that name's tokens the query covers, taking the best of the name and aliases. Token order does not count,
/// so "Sadio Camara" scores 1 against "CAMARA, Sadio". Every store ranks search hits with it, so that they agree.
/// </summary>
public static class NameScore
{
    private const double PrefixWeight = 0.8;

    /// <summary>The best score of the name and aliases of <paramref name="entity"/> for the folded query tokens, rounded to 4 places.</summary>
    public static double Best(IReadOnlyList<string> queryTokens, Entity entity)
    {
        var best = Score(queryTokens, NameTokens.Of(entity.Name));
        foreach (var alias in entity.Aliases) best = Math.Max(best, Score(queryTokens, NameTokens.Of(alias)));
        return Math.Round(best, 4);
    }

    private static double Score(IReadOnlyList<string> query, IReadOnlyList<string> name)
    {
        if (query.Count == 0 || name.Count == 0) return 0;
        var unused = name.ToList();
        var matched = 0.0;
        foreach (var token in query)
        {
            var exact = unused.IndexOf(token);
            if (exact >= 0)
            {
                matched += 1;
                unused.RemoveAt(exact);
                continue;
            }
            var prefix = unused.FindIndex(n => n.StartsWith(token, StringComparison.Ordinal));
            if (prefix < 0) continue;
            matched += PrefixWeight;
            unused.RemoveAt(prefix);
        }
        return (matched / query.Count + matched / name.Count) / 2;
    }
}
