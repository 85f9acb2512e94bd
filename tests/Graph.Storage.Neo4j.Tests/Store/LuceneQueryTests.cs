namespace Graph.Storage.Neo4j.Tests.Store;

public sealed class LuceneQueryTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a+b-c", "a\\+b\\-c")]
    [InlineData("(x:y)", "\\(x\\:y\\)")]
    [InlineData("\"quoted\"", "\\\"quoted\\\"")]
    [InlineData("w*ld?~2^3", "w\\*ld\\?\\~2\\^3")]
    [InlineData("[a TO b]{c}", "\\[a\\ TO\\ b\\]\\{c\\}")]
    [InlineData("a&&b||!c", "a\\&\\&b\\|\\|\\!c")]
    [InlineData("path/to\\file", "path\\/to\\\\file")]
    [InlineData("OR", "\\OR")]
    [InlineData("or", "or")]
    [InlineData("Goïta", "Goïta")]
    public void Escaping_leaves_no_character_with_a_meaning_in_lucene_syntax(string text, string escaped) =>
        Assert.Equal(escaped, LuceneQuery.Escape(text));

    [Fact]
    public void Every_word_is_required_and_the_last_also_matches_as_a_prefix() =>
        Assert.Equal("+assimi +goita*", LuceneQuery.AllWords(["assimi", "goita"]));

    [Fact]
    public void A_last_word_of_one_letter_is_matched_exactly() =>
        Assert.Equal("+sadio +c", LuceneQuery.AllWords(["sadio", "c"]));

    [Fact]
    public void Special_characters_in_words_are_escaped_in_the_query() =>
        Assert.Equal("+a\\:b +c\\*d*", LuceneQuery.AllWords(["a:b", "c*d"]));
}
