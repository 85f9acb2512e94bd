using System.Diagnostics;
using System.Globalization;
using Graph.Domain.Matching;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite;

namespace Graph.Benchmarks.Matching;

/// <summary>
/// <c>match-quality --labels FILE --store FILE [--ofac DIR] [--misses 20] [--seed 12]</c>: runs the labelled set
/// through <see cref="EntityMatcher"/> against a store that holds the OFAC entries without their alt.csv names (built
/// from <c>--ofac</c> when the store file does not exist yet), and prints Markdown tables:
/// alias recall@1 and recall@5 (first 5, threshold 0) with today's search as the baseline; unlisted names matched at
/// the default threshold (false positives); look-alikes; name-pair precision, recall and F1 from
/// <see cref="MatchScorer"/> directly; and a sample of the alias queries that missed, with the top hit and its explanations.
/// </summary>
internal static class MatchQualityCommand
{
    private const int First = 5;
    private static readonly double Threshold = MatchOptions.DefaultThreshold;

    public static async Task<int> RunAsync(CommandArgs command)
    {
        var labels = await MatchLabel.ReadAllAsync(command.Required("labels"));
        var path = command.Required("store");
        using var store = File.Exists(path)
            ? await StoreFile.OpenAsync(path)
            : await OfacPublication.ImportWithoutAliasesAsync(command.Optional("ofac") ?? throw new ArgumentException($"There is no store '{path}'; give --ofac DIR to build it."), path);
        var matcher = new EntityMatcher(store);
        var clock = Stopwatch.StartNew();

        var misses = await AliasesAsync(store, matcher, labels.Where(l => l.Set == MatchLabel.AliasSet).ToList());
        Console.WriteLine(FormattableString.Invariant($"({clock.Elapsed.TotalSeconds:F0} s)"));
        await UnlistedAsync(matcher, labels.Where(l => l.Set == MatchLabel.UnlistedSet).ToList());
        await LookAlikesAsync(matcher, labels.Where(l => l.Set == MatchLabel.LookAlikeSet).ToList());
        Pairs(labels.Where(l => l.Set == MatchLabel.PairSet).ToList());

        var random = new Random(command.Int("seed", 12, min: 0));
        var sample = misses.OrderBy(_ => random.Next()).Take(command.Int("misses", 20, min: 0)).ToList();
        Console.WriteLine();
        Console.WriteLine($"### A sample of {sample.Count} of the {misses.Count:N0} alias queries whose entry was not first");
        foreach (var miss in sample) Console.WriteLine(miss);
        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant($"Measured in {clock.Elapsed.TotalSeconds:F0} s against {path}."));
        return 0;
    }

    /// <summary>Recall@1 and @5 of the alias queries, the matcher's and search's; returns a description of each miss.</summary>
    private static async Task<List<string>> AliasesAsync(SqliteGraphStore store, EntityMatcher matcher, List<MatchLabel> queries)
    {
        var tally = new QualityTally();
        var misses = new List<string>();
        int notCandidates = 0, rankedBelow = 0;
        var latency = Stopwatch.StartNew();
        foreach (var label in queries)
        {
            var kind = Enum.Parse<EntityKind>(label.Type);
            var query = new MatchQuery(label.Query) { Kind = kind };
            var hits = await matcher.MatchAsync(query, new MatchOptions(First, 0));
            var rank = IndexOf(hits.Select(h => h.Entity.Id), label.Expected!);
            var text = label.Query.Length > SearchQuery.MaxTextLength ? label.Query[..SearchQuery.MaxTextLength] : label.Query;
            var searched = await store.SearchAsync(new SearchQuery(text, [kind], First));
            var searchRank = IndexOf(searched.Select(h => h.Entity.Id), label.Expected!);
            var expected = (await store.GetEntitiesAsync([label.Expected!]))[label.Expected!];
            tally.Add(label.Type, rank == 0, rank >= 0, rank == 0 && hits[0].Match, searchRank == 0, searchRank >= 0, SharesAWord(label.Query, expected));
            if (rank == 0) continue;
            var expectedScore = new MatchScorer(query).Score(expected).Score;
            // The expected entry outscoring the top hit means it was never among the candidates scored.
            var missedCandidate = rank < 0 && (hits.Count == 0 || expectedScore > hits[0].Score);
            if (missedCandidate) notCandidates++;
            else rankedBelow++;
            misses.Add(Describe(label, hits, rank, expectedScore, missedCandidate));
        }
        Console.WriteLine($"## Alias → primary ({queries.Count:N0} alt.csv names; first {First}, threshold 0; search with the same kind as the baseline)");
        Console.WriteLine();
        Console.WriteLine(tally.Table("recall@1", "recall@5", $"first and ≥ {Threshold}", "search recall@1", "search recall@5", "shares a word"));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"'shares a word': the alias has a word of three letters or more, or its Soundex code, in common with a name the store holds for the entry; the rest no name comparison can find. "
            + $"Misses at rank 1: {misses.Count:N0}; of them {notCandidates:N0} not among the candidates (the entry would outscore the top hit), {rankedBelow:N0} scored below another. "
            + $"{latency.Elapsed.TotalMilliseconds / Math.Max(1, queries.Count):F2} ms a query (match and search)."));
        return misses;
    }

    private static async Task UnlistedAsync(EntityMatcher matcher, List<MatchLabel> names)
    {
        var tally = new QualityTally();
        var matched = new List<string>();
        foreach (var label in names)
        {
            var hits = await matcher.MatchAsync(new MatchQuery(label.Query) { Kind = Enum.Parse<EntityKind>(label.Type) }, new MatchOptions(1, Threshold));
            var hit = hits.FirstOrDefault(h => h.Match);
            tally.Add($"{label.Type} ({label.Origin})", hit is not null);
            if (hit is not null) matched.Add(string.Create(CultureInfo.InvariantCulture, $"\"{label.Query}\" → {hit.Entity.Id} \"{hit.Entity.Name}\" {hit.Score:F3}"));
        }
        Console.WriteLine();
        Console.WriteLine($"## Unlisted names ({names.Count:N0}): share that matched something at the default threshold {Threshold}");
        Console.WriteLine();
        Console.WriteLine(tally.Table($"false positive (≥ {Threshold})"));
        Console.WriteLine();
        Console.WriteLine("False positives: " + (matched.Count == 0 ? "none" : string.Join("; ", matched.Take(15))));
    }

    private static async Task LookAlikesAsync(EntityMatcher matcher, List<MatchLabel> queries)
    {
        var tally = new QualityTally();
        foreach (var label in queries)
        {
            var hits = await matcher.MatchAsync(new MatchQuery(label.Query) { Kind = Enum.Parse<EntityKind>(label.Type) }, new MatchOptions(First, 0));
            var rank = IndexOf(hits.Select(h => h.Entity.Id), label.Expected!);
            var lookAlike = hits.FirstOrDefault(h => h.Entity.Id == label.CandidateId);
            var lookAlikeRank = IndexOf(hits.Select(h => h.Entity.Id), label.CandidateId!);
            tally.Add(label.Type, rank == 0, lookAlike is not null && lookAlike.Score >= Threshold, lookAlikeRank >= 0 && (rank < 0 || lookAlikeRank < rank));
        }
        Console.WriteLine();
        Console.WriteLine($"## Look-alikes ({queries.Count:N0}): an entry's own name, with another entry sharing a word or a Soundex code");
        Console.WriteLine();
        Console.WriteLine(tally.Table("entry first", $"look-alike ≥ {Threshold}", "look-alike above the entry"));
    }

    private static void Pairs(List<MatchLabel> pairs)
    {
        var tally = new PairTally();
        foreach (var pair in pairs)
        {
            var kind = Enum.Parse<EntityKind>(pair.Type);
            var score = new MatchScorer(new MatchQuery(pair.Query) { Kind = kind }).Score(new Entity(pair.CandidateId ?? "candidate", kind, pair.Candidate!)).Score;
            tally.Add(pair.Type, pair.Same == true, score);
        }
        var (bestThreshold, bestF1) = tally.Best();
        Console.WriteLine();
        Console.WriteLine($"## Name pairs ({pairs.Count:N0}, {pairs.Count(p => p.Same == true):N0} of one entry): MatchScorer at the default threshold {Threshold}");
        Console.WriteLine();
        Console.WriteLine(tally.Table(Threshold));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Best F1 over all pairs: {bestF1:F3} at threshold {bestThreshold:F2}."));
    }

    private static string Describe(MatchLabel label, IReadOnlyList<MatchHit> hits, int rank, double expectedScore, bool missedCandidate)
    {
        var where = rank > 0 ? $"rank {rank + 1}" : missedCandidate ? "not a candidate" : "below the first 5";
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"- [{label.Type}] \"{label.Query}\" → expected {label.Expected} \"{label.ExpectedName}\" ({where}, would score {expectedScore:F3})"),
        };
        if (hits.Count == 0) lines.Add("  top hit: none");
        else
        {
            var top = hits[0];
            var explanations = string.Join("; ", top.Explanations.Select(e => string.Create(CultureInfo.InvariantCulture,
                $"{e.Feature} {e.Score:F2} ({e.Query} ~ {e.Candidate}{(e.Detail is null ? "" : ", " + e.Detail)})")));
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  top hit: {top.Entity.Id} \"{top.Entity.Name}\" {top.Score:F3}; {explanations}"));
        }
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>Whether the query has a distinctive word, or a Soundex code of one, in common with a stored name of the entity.</summary>
    private static bool SharesAWord(string query, Entity entity)
    {
        var codes = new[] { entity.Name }.Concat(entity.Aliases).SelectMany(LabelTokens.Distinctive).Select(LabelTokens.Soundex).ToHashSet(StringComparer.Ordinal);
        return LabelTokens.Distinctive(query).Any(w => codes.Contains(LabelTokens.Soundex(w)));
    }

    private static int IndexOf(IEnumerable<string> ids, string id)
    {
        var index = 0;
        foreach (var each in ids)
        {
            if (each == id) return index;
            index++;
        }
        return -1;
    }
}
