using System.Globalization;
using Graph.Domain.Matching;
using Xunit.Abstractions;

namespace Graph.Import.Tests.Matching;

/// <summary>
/// Alias to primary on real OFAC names, the way the issue measures the matcher: each alt.csv name of the slice as a
/// query against a store that holds only the primary names. The floors sit a little below what the slice measures;
/// re-measure with <c>dotnet test tests/Graph.Import.Tests --filter FullyQualifiedName~Matching --logger "console;verbosity=detailed"</c>
/// (the figures are printed) and raise them when the matcher improves. The whole list's figures are in docs/benchmarks.md.
/// </summary>
public sealed class AliasMatchingTests(MatchingSlice slice, ITestOutputHelper output) : IClassFixture<MatchingSlice>
{
    /// <summary>Measured 0.734 at 5f42c5a (the stores' candidate index, words weighed by rarity); the floor lets a little drift through.</summary>
    private const double RecallAt1Floor = 0.70;

    /// <summary>Measured 0.768 at 5f42c5a.</summary>
    private const double RecallAt5Floor = 0.74;

    /// <summary>The issue's bound: no more than 1 in 100 unlisted names scores above the threshold.</summary>
    private const double UnlistedMatchBound = 0.01;

    [Fact]
    public async Task Aliases_find_their_entry_first_at_least_as_often_as_the_floor()
    {
        int first = 0, inFive = 0;
        foreach (var (alias, kind, expected) in slice.AliasQueries)
        {
            var hits = await slice.Matcher.MatchAsync(new MatchQuery(alias) { Kind = kind }, new MatchOptions(First: 5, Threshold: 0));
            var rank = hits.Select(h => h.Entity.Id).ToList().IndexOf(expected);
            if (rank == 0) first++;
            if (rank >= 0) inFive++;
        }
        var recallAt1 = (double)first / slice.AliasQueries.Count;
        var recallAt5 = (double)inFive / slice.AliasQueries.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{slice.AliasQueries.Count} alias queries: recall@1 {recallAt1:F3}, recall@5 {recallAt5:F3}"));

        Assert.True(slice.AliasQueries.Count > 500, "the slice gives hundreds of alias queries");
        Assert.True(recallAt1 >= RecallAt1Floor, $"recall@1 {recallAt1:F3} fell below {RecallAt1Floor}");
        Assert.True(recallAt5 >= RecallAt5Floor, $"recall@5 {recallAt5:F3} fell below {RecallAt5Floor}");
    }

    [Fact]
    public async Task Unlisted_names_match_nothing_at_the_default_threshold_but_for_one_in_a_hundred()
    {
        var matched = new List<string>();
        foreach (var (name, kind) in slice.Unlisted)
        {
            var hits = await slice.Matcher.MatchAsync(new MatchQuery(name) { Kind = kind }, new MatchOptions(First: 1));
            if (hits.FirstOrDefault(h => h.Match) is { } hit) matched.Add($"{name} → {hit.Entity.Name} {hit.Score}");
        }
        output.WriteLine($"{matched.Count} of {slice.Unlisted.Count} unlisted names matched: {string.Join("; ", matched)}");

        Assert.Equal(200, slice.Unlisted.Count);
        Assert.True(matched.Count <= UnlistedMatchBound * slice.Unlisted.Count, string.Join("; ", matched));
    }
}
