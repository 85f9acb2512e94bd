using System.Diagnostics;
using System.Text;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Storage.Contract;

/// <summary>What every store must bound: a call under a cancelled token, and a search whatever its text.</summary>
public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task Every_call_refuses_a_token_cancelled_before_it_starts()
    {
        await Write([Some.Person("p1", "Sadio Camara"), Some.Person("p2", "Assimi Goita")], relationships: [Some.Tie("p1", "p2")]);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var token = cancelled.Token;
        var page = new PageRequest(10, null);

        Func<Task>[] calls =
        [
            () => Store.InitializeAsync(token),
            () => Store.GetEntitiesAsync(["p1"], token),
            () => Store.GetSanctionsAsync(["s1"], token),
            () => Store.GetRelationshipsByIdAsync(["p1--associate--p2"], token),
            () => Store.ListActiveSanctionIdsAsync("d", token),
            () => Store.ResolveNamesAsync(["Sadio Camara"], token),
            () => Store.ListChangesAsync(new ChangeFilter(new DateOnly(2020, 1, 1)), page, token),
            () => Store.GetSanctionsTargetingAsync(["p1"], SanctionTiming.Any, token),
            () => Store.GetRelationshipsAsync(["p1"], RelationshipFilter.All, token),
            () => Store.ListEntitiesAsync(EntityFilter.All, page, token),
            () => Store.ListSanctionsAsync(SanctionFilter.All, page, token),
            () => Store.SearchAsync(new SearchQuery("Sadio", [], 10), token),
            () => Store.FindMatchCandidatesAsync(new MatchCandidateQuery([new MatchKey("t:sd", 1)], 10), token),
            () => Store.FindPathAsync("p1", "p2", 4, null, token),
            () => Store.GetNeighbourhoodAsync("p1", new NeighbourhoodQuery(2, 100), token),
            () => Store.GetChangeStampAsync(token).AsTask(),
            () => Store.GetMaxDegreeAsync(token),
            () => Store.GetLatestPublicationAsync("d", token),
            () => Store.GetStatisticsAsync(token),
            () => Store.WriteAsync(new GraphBatch([Some.Person("p3", "C")], [], []), token),
        ];

        for (var i = 0; i < calls.Length; i++)
        {
            var call = calls[i];
            var thrown = await Record.ExceptionAsync(call);
            Assert.True(thrown is OperationCanceledException, $"call {i} should have been cancelled, but {(thrown is null ? "it answered" : $"it threw {thrown.GetType().Name}")}");
        }
        Assert.Equal(2, (await Store.GetStatisticsAsync()).Entities);
    }

    [SkippableFact]
    public async Task A_search_of_five_thousand_one_letter_words_answers_quickly()
    {
        await Write(ManyPeople(3_000));
        var text = string.Join(' ', Enumerable.Range(0, 5_000).Select(i => (char)('a' + (i % 26))));
        Assert.True(Encoding.UTF8.GetByteCount(text) >= 9_999);

        var clock = Stopwatch.StartNew();
        var hits = await Store.SearchAsync(new SearchQuery(text, [], 10));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"the search took {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(hits.Count <= 10);
        Assert.Equal("p1234", (await Store.SearchAsync(new SearchQuery("Person 1234", [], 10)))[0].Entity.Id);
    }

    [SkippableFact]
    public async Task A_search_looks_for_each_word_once_and_for_no_more_words_than_the_bound()
    {
        var longName = string.Join(' ', Enumerable.Range(0, 20).Select(i => $"w{i}"));
        await Write([Some.Person("p1", "Sadio Camara"), Some.Person("p2", "Mohamed Mohamed Ali"), Some.Person("p3", longName)]);

        var repeated = await Store.SearchAsync(new SearchQuery(string.Join(' ', Enumerable.Repeat("Sadio", 20)) + " Camara", [], 10));
        var twice = await Store.SearchAsync(new SearchQuery("Mohamed Mohamed Ali", [], 10));
        // Twenty words of the name and one of nobody's: past the sixteenth, words are not looked for, so the name is found.
        var beyondTheBound = await Store.SearchAsync(new SearchQuery(longName + " nobodys", [], 10));

        Assert.Equal("p1", Assert.Single(repeated).Entity.Id);
        // Repeats still count in the score: this query names every word of this name as often as the name does.
        Assert.Equal(1.0, Assert.Single(twice).Score);
        Assert.Equal("p3", Assert.Single(beyondTheBound).Entity.Id);
    }

    /// <summary>People named "Person" and three letters, a few thousand of them sharing every letter.</summary>
    protected static IEnumerable<Entity> ManyPeople(int count) =>
        Enumerable.Range(0, count).Select(i =>
            Some.Person($"p{i}", $"Person {(char)('a' + (i % 26))}{(char)('a' + (i / 26 % 26))}{(char)('a' + (i / 676 % 26))} {i}"));
}
