using Graph.Domain.Matching;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Storage.Contract;

/// <summary>The match-candidate index: what <see cref="IGraphStore.FindMatchCandidatesAsync"/> finds, in what order, within what bound.</summary>
public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task A_candidate_is_found_by_the_keys_of_its_name_an_alias_or_an_identifier_and_by_no_others()
    {
        await Write(
        [
            Some.Person("p1", "Sadio Camara"),
            Some.Person("p2", "Alou Diarra", "Boubacar Traore"),
            new Entity("p3", EntityKind.Person, "Anna Keller") { Properties = new Dictionary<string, IReadOnlyList<string>> { ["passportNumber"] = ["AB 123456"] } },
        ]);

        Assert.Equal(["p1"], await Candidates(new MatchQuery("CAMARA, Sadio")));
        Assert.Equal(["p2"], await Candidates(new MatchQuery("Boubacar Traoré")));
        Assert.Equal(["p3"], await Candidates(new MatchQuery("Nobody Known") { Identifiers = ["ab-123456"] }));
        Assert.Empty(await Candidates(new MatchQuery("Zbigniew Brzezinski")));
        Assert.Empty((await Store.FindMatchCandidatesAsync(new MatchCandidateQuery([], 10))).EntityIds);
        Assert.Empty((await Store.FindMatchCandidatesAsync(new MatchCandidateQuery([new MatchKey("t:nokeylikethis", 1)], 10))).EntityIds);
    }

    [SkippableFact]
    public async Task Candidates_rank_by_the_summed_weights_of_the_keys_they_share_and_then_by_insertion()
    {
        // Written before the better candidate, so that insertion order alone would put them first.
        await Write([Some.Person("p2", "Ibraima Camara"), Some.Person("p1", "Sadio Camara"), Some.Person("p3", "Moussa Camara")]);

        // p1 shares the pair key and both token keys; p2 and p3 only the surname's token key, p2 written first.
        Assert.Equal(["p2", "p1", "p3"], (await Store.ListEntitiesAsync(EntityFilter.All, new PageRequest(10, null))).Items.Select(i => i.Node.Id));
        Assert.Equal(["p1", "p2", "p3"], await Candidates(new MatchQuery("Sadio Camara")));
    }

    [SkippableFact]
    public async Task Rewriting_an_entity_replaces_its_keys_and_deleting_it_removes_it_from_the_candidates()
    {
        await Write([Some.Person("p1", "Sadio Camara")]);
        await Write([Some.Person("p1", "Assimi Goita")]);

        Assert.Empty(await Candidates(new MatchQuery("Sadio Camara")));
        Assert.Equal(["p1"], await Candidates(new MatchQuery("Assimi Goïta")));

        await Store.WriteAsync(new GraphBatch([], [], []) { DeletedEntityIds = ["p1"] });

        Assert.Empty(await Candidates(new MatchQuery("Assimi Goita")));
    }

    [SkippableFact]
    public async Task A_common_key_reads_a_bounded_number_of_entities_and_a_rarer_shared_key_still_finds_its_entity()
    {
        var common = MatchCandidateQuery.PerKeyLimit + 50;
        // Numbers are keys of their own, so every one of these shares only the surname's key with the query.
        await Write([.. Enumerable.Range(0, common).Select(i => Some.Person($"c{i}", $"Camara {i}")), Some.Person("p1", "Sadio Camara")]);

        var first = await Candidates(new MatchQuery("Sadio Camara"), limit: 10);
        var all = await Candidates(new MatchQuery("Sadio Camara"), limit: 10 * common);

        Assert.Equal(10, first.Count);
        Assert.Equal("p1", first[0]);
        Assert.Contains("p1", all);
        Assert.InRange(all.Count, 2, MatchCandidateQuery.PerKeyLimit + 1);
    }

    [SkippableFact]
    public async Task The_answer_says_how_many_entities_each_key_read_up_to_the_bound()
    {
        var common = MatchCandidateQuery.PerKeyLimit + 5;
        await Write([.. Enumerable.Range(0, common).Select(i => Some.Person($"c{i}", $"Camara {i}")), Some.Person("p1", "Sadio Camara")]);
        var keys = MatchKeys.OfQuery(new MatchQuery("Sadio Camara"));

        var counts = (await Store.FindMatchCandidatesAsync(new MatchCandidateQuery([.. keys, new MatchKey("t:nokeylikethis", 1)], 10))).KeyCounts;

        Assert.Equal(MatchCandidateQuery.PerKeyLimit, counts[MatchKeys.TokenKey(PhoneticKey.Of("camara"))]);
        Assert.Equal(1, counts[MatchKeys.TokenKey(PhoneticKey.Of("sadio"))]);
        Assert.Equal(1, counts[keys.Single(k => k.Text.StartsWith("p:", StringComparison.Ordinal)).Text]);
        Assert.Equal(0, counts["t:nokeylikethis"]);
    }

    private async Task<IReadOnlyList<string>> Candidates(MatchQuery query, int limit = 10) =>
        (await Store.FindMatchCandidatesAsync(new MatchCandidateQuery(MatchKeys.OfQuery(query), limit))).EntityIds;
}
