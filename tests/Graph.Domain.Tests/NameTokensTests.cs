using Graph.Domain.Text;

namespace Graph.Domain.Tests;

public sealed class NameTokensTests
{
    [Theory]
    [InlineData("Assimi Goïta", "assimi goita")]
    [InlineData("Alou Boï Diarra", "alou boi diarra")]
    [InlineData("CAMARA, Sadio", "camara sadio")]
    [InlineData("Lamine Seydou Traoré", "lamine seydou traore")]
    [InlineData("  Wagner   Group’s ", "wagner group s")]
    [InlineData("Пригожин Евгений", "пригожин евгений")]
    public void Names_fold_case_diacritics_and_punctuation(string name, string key) =>
        Assert.Equal(key, NameTokens.Key(name));

    [Fact]
    public void A_name_of_punctuation_only_has_no_tokens() =>
        Assert.Empty(NameTokens.Of(" -,.; "));

    [Fact]
    public void Lone_surrogates_are_dropped_rather_than_refused() =>
        Assert.Equal("sadio camara", NameTokens.Key("Sadio\uD800 Camara\uDC00"));
}
