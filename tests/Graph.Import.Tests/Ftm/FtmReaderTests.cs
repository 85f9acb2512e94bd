using Graph.Import.Ftm;

namespace Graph.Import.Tests.Ftm;

public sealed class FtmReaderTests
{
    [Fact]
    public async Task Reading_asynchronously_gives_what_reading_synchronously_gives()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "ftm", "entities.ftm.json");
        using var lines = File.OpenText(path);

        var parsed = await FtmReader.ReadAsync(lines, "entities.ftm.json");

        var expected = FtmFixtures.Read("entities.ftm.json");
        Assert.Equal(expected.Entities.Select(e => e.Id), parsed.Entities.Select(e => e.Id));
        Assert.Equal(expected.Relationships.Select(r => r.Id), parsed.Relationships.Select(r => r.Id));
        Assert.Equal(expected.Sanctions.Select(s => s.Id), parsed.Sanctions.Select(s => s.Id));
        Assert.Equal(expected.Ignored, parsed.Ignored);
    }

    [Fact]
    public async Task A_file_read_in_parallel_chunks_keeps_its_order_and_names_each_bad_line()
    {
        var lines = Enumerable.Range(1, 40_000).Select(i => i % 9_999 == 0
            ? $$$"""{"id":"p{{{i}}}","schema":"Person","properties":{}}"""
            : $$$"""{"id":"p{{{i}}}","schema":"Person","properties":{"name":["Person Number {{{i}}} Traoré"],"nationality":["ml"]}}""");
        var text = string.Join("\r\n", lines);
        using var utf8 = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

        var parsed = await FtmReader.ReadAsync(utf8, "people.ftm.json");

        Assert.True(utf8.Length > 2 * FtmChunker.DefaultSize, "the input should span several chunks");
        Assert.Equal([9_999, 19_998, 29_997, 39_996], parsed.Rejected.Select(e => e.Line));
        Assert.Equal(FtmFixtures.Lines(text).Entities.Select(e => e.Id), parsed.Entities.Select(e => e.Id));
        Assert.Equal("people.ftm.json, line 40000", parsed.Entities[^1].Sources[0].Quote);
    }

    [Fact]
    public async Task A_cancelled_read_stops()
    {
        using var lines = new StringReader("""{"id":"x","schema":"Person","properties":{"name":["X"]}}""");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => FtmReader.ReadAsync(lines, "x.json", new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Escaped_names_and_values_are_read_as_the_text_they_stand_for()
    {
        var parsed = FtmFixtures.Lines("""{"id":"x","schema":"Person","properties":{"n\u0061me":["Stra\u00dfe \"7\""],"country":["d\u0065"]}}""", """{"id":"y","schema":"Person","properties":{"name":["Y"],"country":["de"]}}""");

        var (x, y) = (parsed.Entities[0], parsed.Entities[1]);
        Assert.Equal("Straße \"7\"", x.Name);
        Assert.Equal(["de"], x.Property("country"));
        Assert.Same(x.Property("country")[0], y.Property("country")[0]);
    }

    [Fact]
    public void A_participant_named_twice_is_one_involvement()
    {
        var parsed = FtmFixtures.Lines("""{"id":"e","schema":"Event","properties":{"name":["E"],"involved":["p","p"," "]}}""");

        Assert.Equal(["e--involved--p"], parsed.Relationships.Select(r => r.Id));
    }

    [Fact]
    public void Unknown_top_level_fields_and_nested_values_are_skipped()
    {
        var parsed = FtmFixtures.Lines("""{"id":"x","schema":"Person","extra":{"deep":[1,{"a":null}]},"target":true,"referents":["a"],"properties":{"name":["X"]}}""");

        Assert.Empty(parsed.Rejected);
        Assert.Equal("X", Assert.Single(parsed.Entities).Name);
    }
}
