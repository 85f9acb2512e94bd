using System.Diagnostics;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Domain.Text;

namespace Graph.Domain.Tests;

public sealed class SearchWordsTests
{
    [Fact]
    public void Each_word_is_looked_for_once_in_the_order_the_text_first_names_it()
    {
        var words = SearchWords.Of("Camara, Sadio CAMARA");

        Assert.Equal(["camara", "sadio"], words.Distinct);
        Assert.Equal(["camara", "sadio", "camara"], words.InOrder);
        Assert.False(words.Truncated);
        Assert.Equal("Camara, Sadio CAMARA", words.Text);
    }

    [Fact]
    public void Ten_kilobytes_of_one_letter_words_become_a_bounded_query()
    {
        var text = string.Join(' ', Enumerable.Range(0, 5_000).Select(i => (char)('a' + (i % 26))));

        var words = SearchWords.Of(text);

        Assert.True(words.Truncated);
        Assert.Equal(SearchQuery.MaxTextLength, words.Text.Length + 1);
        Assert.Equal(SearchQuery.MaxWords, words.Distinct.Count);
        Assert.Equal(words.Distinct, words.Distinct.Distinct());
        Assert.True(words.InOrder.Count <= NameScore.MaxQueryTokens);
        Assert.All(words.InOrder, word => Assert.Contains(word, words.Distinct));
    }

    [Fact]
    public void Words_past_the_bound_are_not_kept_even_when_repeated()
    {
        var text = string.Join(' ', Enumerable.Range(0, 20).Select(i => $"w{i}")) + " w19 w0";

        var words = SearchWords.Of(text);

        Assert.Equal(SearchQuery.MaxWords, words.Distinct.Count);
        Assert.DoesNotContain("w19", words.InOrder);
        Assert.Equal("w0", words.InOrder[^1]);
    }

    [Fact]
    public void Text_is_never_cut_inside_a_surrogate_pair()
    {
        var text = new string('a', SearchQuery.MaxTextLength - 1) + "𝒜𝒜";

        var words = SearchWords.Of(text);

        Assert.Equal(SearchQuery.MaxTextLength - 1, words.Text.Length);
        Assert.False(char.IsHighSurrogate(words.Text[^1]));
    }

    [Theory]
    [InlineData("Sadio Camara", "CAMARA, Sadio", 1.0)]
    [InlineData("Sadio", "Sadio Camara", 0.75)]
    [InlineData("Sad Cam", "Sadio Camara", 0.8)]
    [InlineData("Mohamed Mohamed Ali", "Mohamed Mohamed Ali", 1.0)]
    [InlineData("Mohamed Mohamed", "Mohamed Ali", 0.5)]
    [InlineData("Nobody", "Sadio Camara", 0.0)]
    public void Scores_weigh_exact_words_and_prefixes_in_query_order(string query, string name, double score) =>
        Assert.Equal(score, NameScore.Best(NameTokens.Of(query), new Entity("e", EntityKind.Person, name)));

    [Fact]
    public void A_score_is_bounded_whatever_tokens_it_is_given()
    {
        var tokens = Enumerable.Range(0, 200_000).Select(i => ((char)('a' + (i % 26))).ToString()).ToList();
        var entity = new Entity("e", EntityKind.Person, "Sadio Camara") { Aliases = [.. Enumerable.Range(0, 50).Select(i => $"Alias Number {i}")] };

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 100; i++) NameScore.Best(tokens, entity);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"100 scores took {clock.Elapsed.TotalSeconds:F1} s");
    }
}
