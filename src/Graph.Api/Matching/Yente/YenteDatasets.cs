using System.Text.RegularExpressions;
using Graph.Domain.Matching;
using Graph.Domain.Store;

namespace Graph.Api.Matching.Yente;

/// <summary>
/// The datasets a /match may be scoped to: <c>default</c> (every list and the hand-written facts), <c>seed</c> (the
/// hand-written facts) and each dataset an import gave, such as <c>us_ofac_sdn</c>.
/// </summary>
internal static partial class YenteDatasets
{
    public const string Default = "default";

    /// <summary>The dataset to keep candidates of (null for every one), or false when the graph holds no such dataset.</summary>
    public static async Task<(bool Known, string? Filter)> ResolveAsync(IGraphStore store, string dataset, CancellationToken cancellationToken)
    {
        if (dataset == Default) return (true, null);
        if (dataset == EntityMatcher.SeedDataset) return (true, dataset);
        if (!NamePattern().IsMatch(dataset)) return (false, null);
        return (await store.GetLatestPublicationAsync(dataset, cancellationToken) is not null, dataset);
    }

    /// <summary>What a dataset name may look like (imports give names such as <c>us_ofac_sdn</c>); anything else is no dataset, unread.</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex NamePattern();
}
