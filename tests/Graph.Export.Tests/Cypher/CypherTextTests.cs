using System.Text;
using Graph.Export.Cypher;

namespace Graph.Export.Tests.Cypher;

public sealed class CypherTextTests
{
    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("O'Brien", @"'O\'Brien'")]
    [InlineData("say \"hi\"", "'say \"hi\"'")]
    [InlineData(@"back\slash", @"'back\\slash'")]
    [InlineData("one\ntwo\r\nthree", @"'one\ntwo\r\nthree'")]
    [InlineData("tab\there\bback\fform", @"'tab\there\bback\fform'")]
    [InlineData("semi; `tick` $name // not a comment", "'semi; `tick` $name // not a comment'")]
    [InlineData("bell\u0007 nel\u0085 ls\u2028 ps\u2029", @"'bell\u0007 nel\u0085 ls\u2028 ps\u2029'")]
    [InlineData("Иван عبد 伊万 😀", "'Иван عبد 伊万 😀'")]
    public void A_string_is_one_single_quoted_line_with_backslash_escapes(string value, string literal)
    {
        var output = new StringBuilder();

        CypherText.String(output, value);

        Assert.Equal(literal, output.ToString());
    }

    [Fact]
    public void A_surrogate_without_its_pair_is_escaped_and_a_pair_is_kept()
    {
        var output = new StringBuilder();

        CypherText.String(output, "lone " + '\uD800' + " high, lone " + '\uDC00' + " low, pair \uD83D\uDE00, reversed " + '\uDE00' + '\uD83D');

        Assert.Equal(@"'lone \uD800 high, lone \uDC00 low, pair 😀, reversed \uDE00\uD83D'", output.ToString());
    }

    [Theory]
    [InlineData("name", "name")]
    [InlineData("_under_score9", "_under_score9")]
    [InlineData("SAME_AS", "SAME_AS")]
    [InlineData("two words", "`two words`")]
    [InlineData("back`tick", "`back``tick`")]
    [InlineData("9lives", "`9lives`")]
    [InlineData("naïve", "`naïve`")]
    public void A_name_is_backticked_unless_it_is_a_plain_identifier(string name, string written)
    {
        var output = new StringBuilder();

        CypherText.Name(output, name);

        Assert.Equal(written, output.ToString());
    }

    [Fact]
    public void A_map_leaves_out_null_values_and_writes_numbers_and_lists_in_the_invariant_culture()
    {
        var output = new StringBuilder();
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            CypherText.Map(output, new Dictionary<string, object?>
            {
                ["a"] = 1234567L, ["b"] = 2.5, ["c"] = 3.0, ["d"] = null, ["e"] = new[] { "x", "y'z" }, ["f"] = Array.Empty<string>(), ["g key"] = true,
            });
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }

        Assert.Equal(@"{a: 1234567, b: 2.5, c: 3.0, e: ['x', 'y\'z'], f: [], `g key`: true}", output.ToString());
    }

    [Fact]
    public void An_empty_name_or_a_value_without_a_literal_is_refused()
    {
        Assert.Throws<ArgumentException>(() => CypherText.Name(new StringBuilder(), ""));
        Assert.Throws<NotSupportedException>(() => CypherText.Value(new StringBuilder(), double.NaN));
        Assert.Throws<NotSupportedException>(() => CypherText.Value(new StringBuilder(), DateTime.UnixEpoch));
    }
}
