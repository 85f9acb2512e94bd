using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task Entities_page_in_insertion_order_with_a_total_and_cursors_that_resume()
    {
        await Write([.. Enumerable.Range(1, 5).Select(i => Some.Person($"p{i}", $"Person {i}")), Some.Entity("ml", EntityKind.Country, "Mali")]);

        var first = await Store.ListEntitiesAsync(new EntityFilter([EntityKind.Person]), new PageRequest(2, null));
        var second = await Store.ListEntitiesAsync(new EntityFilter([EntityKind.Person]), new PageRequest(2, first.Items[^1].Cursor));
        var last = await Store.ListEntitiesAsync(new EntityFilter([EntityKind.Person]), new PageRequest(2, second.Items[^1].Cursor));

        Assert.Equal(["p1", "p2"], first.Items.Select(i => i.Node.Id));
        Assert.Equal(["p3", "p4"], second.Items.Select(i => i.Node.Id));
        Assert.Equal(["p5"], last.Items.Select(i => i.Node.Id));
        Assert.True(first.HasNextPage);
        Assert.False(last.HasNextPage);
        Assert.All([first, second, last], page => Assert.Equal(5, page.TotalCount));
    }

    [SkippableFact]
    public async Task A_cursor_the_store_did_not_issue_is_refused() =>
        await Assert.ThrowsAsync<InvalidCursorException>(() => Store.ListEntitiesAsync(EntityFilter.All, new PageRequest(2, "not-a-cursor")));

    [SkippableFact]
    public async Task Sanctions_filter_by_authority_id_name_or_alias_ignoring_case()
    {
        await Write(
            [
                new Entity("ofac", EntityKind.PublicBody, "Office of Foreign Assets Control") { Aliases = ["OFAC"] },
                Some.Entity("eu", EntityKind.PublicBody, "European Union"),
                Some.Person("p1", "A"),
            ],
            [Some.Sanction("s1", "ofac", "p1"), Some.Sanction("s2", "eu", "p1")]);

        foreach (var authority in new[] { "ofac", "OFAC", "office of foreign assets control" })
        {
            var page = await Store.ListSanctionsAsync(new SanctionFilter { Authority = authority }, new PageRequest(10, null));
            Assert.Equal("s1", Assert.Single(page.Items).Node.Id);
        }
    }

    [SkippableFact]
    public async Task Sanctions_filter_by_program_and_listing_dates()
    {
        await Write(
            [Some.Entity("ofac", EntityKind.PublicBody), Some.Person("p1", "A")],
            [
                Some.Sanction("may", "ofac", "p1", "2023-05-25", "RUSSIA-EO14024"),
                Some.Sanction("july", "ofac", "p1", "2023-07-24", "RUSSIA-EO14024"),
                Some.Sanction("year", "ofac", "p1", "2022", "CAR"),
                Some.Sanction("undated", "ofac", "p1"),
            ]);

        async Task<IEnumerable<string>> Ids(SanctionFilter filter) =>
            (await Store.ListSanctionsAsync(filter, new PageRequest(10, null))).Items.Select(i => i.Node.Id);

        Assert.Equal(["may", "july"], await Ids(new SanctionFilter { Program = "russia-eo14024" }));
        Assert.Equal(["july"], await Ids(new SanctionFilter { ListedFrom = new DateOnly(2023, 6, 1) }));
        Assert.Equal(["may", "year"], await Ids(new SanctionFilter { ListedTo = new DateOnly(2023, 6, 1) }));
        Assert.Equal(["year"], await Ids(new SanctionFilter { ListedFrom = new DateOnly(2022, 6, 1), ListedTo = new DateOnly(2022, 6, 30) }));
        Assert.Equal(4, (await Store.ListSanctionsAsync(SanctionFilter.All, new PageRequest(0, null))).TotalCount);
    }

    [SkippableTheory]
    [InlineData("Assimi Goita", "goita")]
    [InlineData("assimi goïta", "goita")]
    [InlineData("Alou Boi Diarra", "diarra")]
    [InlineData("Sadio Camara", "camara")]
    [InlineData("camara, sadio", "camara")]
    [InlineData("Goi", "goita")]
    [InlineData("Евгений Пригожин", "prigozhin")]
    [InlineData("Assimi Goita Bamako", "goita")]
    [InlineData("Colonel Alou Diarra", "diarra")]
    public async Task Search_folds_case_diacritics_punctuation_and_word_order(string query, string expected)
    {
        await Write(
        [
            Some.Person("goita", "Assimi Goïta"),
            Some.Person("diarra", "Alou Boï Diarra"),
            Some.Person("camara", "CAMARA, Sadio"),
            Some.Person("other", "Sadio Keita"),
            Some.Person("prigozhin", "Пригожин Евгений Викторович"),
        ]);

        var hits = await Store.SearchAsync(new SearchQuery(query, [], 10));

        Assert.Equal(expected, hits[0].Entity.Id);
        Assert.InRange(hits[0].Score, 0.01, 1);
    }

    [SkippableFact]
    public async Task Search_finds_aliases_ranks_full_matches_first_and_keeps_only_asked_kinds()
    {
        await Write(
        [
            new Entity("ofac", EntityKind.PublicBody, "Office of Foreign Assets Control") { Aliases = ["OFAC"] },
            Some.Person("camara", "Sadio Camara"),
            Some.Entity("camara-event", EntityKind.Event, "Sadio Camara sanctioned by OFAC"),
        ]);

        var alias = await Store.SearchAsync(new SearchQuery("ofac", [EntityKind.PublicBody], 10));
        var people = await Store.SearchAsync(new SearchQuery("Sadio Camara", [], 10));

        Assert.Equal("ofac", Assert.Single(alias).Entity.Id);
        Assert.Equal(1.0, alias[0].Score);
        Assert.Equal(["camara", "camara-event"], people.Select(h => h.Entity.Id));
        Assert.True(people[0].Score > people[1].Score);
        Assert.Empty(await Store.SearchAsync(new SearchQuery("\"*) OR NEAR(", [], 10)));
    }

    [SkippableFact]
    public async Task The_neighbourhood_reaches_as_many_hops_as_asked_and_says_when_a_limit_cut_it()
    {
        await Write(
            [.. "abcde".Select(c => Some.Person(c.ToString(), c.ToString()))],
            relationships: [Some.Tie("a", "b"), Some.Tie("c", "b"), Some.Tie("c", "d"), Some.Tie("d", "e")]);

        var twoHops = await Store.GetNeighbourhoodAsync("a", new NeighbourhoodQuery(2, 100));
        var limited = await Store.GetNeighbourhoodAsync("a", new NeighbourhoodQuery(4, 3));

        Assert.Equal(["a", "b", "c"], twoHops!.EntityIds);
        Assert.Equal(2, twoHops.Relationships.Count);
        Assert.False(twoHops.Truncated);
        Assert.Equal(3, limited!.EntityIds.Count);
        Assert.True(limited.Truncated);
        Assert.All(limited.Relationships, r => Assert.True(limited.EntityIds.Contains(r.FromId) && limited.EntityIds.Contains(r.ToId)));
    }

    [SkippableFact]
    public async Task A_path_is_the_shortest_chain_in_either_direction_within_max_hops()
    {
        // a - b - c - d - e, with a shortcut a - x - d.
        await Write(
            [.. "abcdex".Select(c => Some.Person(c.ToString(), c.ToString()))],
            relationships: [Some.Tie("a", "b"), Some.Tie("c", "b"), Some.Tie("c", "d"), Some.Tie("e", "d"), Some.Tie("x", "a"), Some.Tie("x", "d")]);

        var path = await Store.FindPathAsync("a", "e", 4, null);
        var tooFar = await Store.FindPathAsync("b", "e", 2, null);
        var self = await Store.FindPathAsync("a", "a", 4, null);

        Assert.Equal(["a", "x", "d", "e"], path!.EntityIds);
        Assert.Equal(["x--associate--a", "x--associate--d", "e--associate--d"], path.Relationships.Select(r => r.Id));
        Assert.Null(tooFar);
        Assert.Equal(0, self!.Length);
    }

    [SkippableFact]
    public async Task No_path_joins_separate_components()
    {
        await Write([Some.Person("a", "A"), Some.Person("b", "B"), Some.Person("c", "C")], relationships: [Some.Tie("a", "b")]);

        Assert.Null(await Store.FindPathAsync("a", "c", 6, null));
    }
}
