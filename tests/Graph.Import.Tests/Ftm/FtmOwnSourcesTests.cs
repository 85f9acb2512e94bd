using Graph.Domain.Model;

namespace Graph.Import.Tests.Ftm;

/// <summary>A line's own "sources" and "note", which this graph's FtM export writes beside each entity.</summary>
public sealed class FtmOwnSourcesTests
{
    private const string Cited = """
        "sources":[{"title":"Report \"one\"","url":"https://example.org/r?a=1;b","publisher":"Pub","publishedOn":"2023-07","quote":"He said:\n'no'"},{"title":"Only a title","url":null}]
        """;

    [Fact]
    public void A_line_s_sources_replace_the_citation_of_file_and_line()
    {
        var parsed = FtmFixtures.Lines($$"""{"id":"p","schema":"Person","properties":{"name":["P"]},{{Cited}},"note":"fixed by hand"}""");

        Assert.Empty(parsed.Rejected);
        var person = Assert.Single(parsed.Entities);
        Assert.Equal(
            [
                new Source("Report \"one\"", "https://example.org/r?a=1;b", "Pub", PartialDate.Parse("2023-07"), "He said:\n'no'"),
                new Source("Only a title", null, null, null, null),
            ],
            person.Sources);
        Assert.Equal("fixed by hand", person.Note);
    }

    [Fact]
    public void Relationships_sanctions_and_an_event_s_participants_take_the_line_s_sources_and_note()
    {
        var parsed = FtmFixtures.Lines(
            $$"""{"id":"f","schema":"Family","properties":{"person":["a"],"relative":["b"]},{{Cited}},"note":"n1"}""",
            $$"""{"id":"s","schema":"Sanction","properties":{"entity":["a"],"authority":["OFAC"]},{{Cited}},"note":"n2"}""",
            $$"""{"id":"e","schema":"Event","properties":{"name":["E"],"involved":["a"]},{{Cited}}}""");

        Assert.Empty(parsed.Rejected);
        var family = Assert.Single(parsed.Relationships, r => r.Id == "f");
        var involvement = Assert.Single(parsed.Relationships, r => r.Type == "involvement");
        var sanction = Assert.Single(parsed.Sanctions);
        Assert.Equal(2, family.Sources.Count);
        Assert.Equal(family.Sources, sanction.Sources);
        Assert.Equal(family.Sources, involvement.Sources);
        Assert.Equal(family.Sources, Assert.Single(parsed.Entities).Sources);
        Assert.Equal(("n1", "n2"), (family.Note, sanction.Note));
        Assert.Null(involvement.Note);
    }

    [Fact]
    public void An_empty_list_means_no_sources_and_a_line_without_one_cites_its_file_and_line()
    {
        var parsed = FtmFixtures.Lines(
            """{"id":"a","schema":"Person","properties":{"name":["A"]},"sources":[]}""",
            """{"id":"b","schema":"Person","properties":{"name":["B"]},"sources":null}""");

        Assert.Empty(parsed.Entities[0].Sources);
        Assert.Equal("inline.ftm.json, line 2", Assert.Single(parsed.Entities[1].Sources).Quote);
        Assert.All(parsed.Entities, e => Assert.Null(e.Note));
    }

    [Fact]
    public void A_delta_s_entity_carries_its_sources()
    {
        var parsed = FtmFixtures.Lines($$$"""{"op":"ADD","entity":{"id":"p","schema":"Person","properties":{"name":["P"]},{{{Cited}}},"note":"n"}}""");

        Assert.Equal(["Report \"one\"", "Only a title"], Assert.Single(parsed.Entities).Sources.Select(s => s.Title));
        Assert.Equal("n", parsed.Entities[0].Note);
    }

    [Theory]
    [InlineData("""{"sources":{"title":"T"}}""", "sources")]
    [InlineData("""{"sources":"T"}""", "sources")]
    [InlineData("""{"sources":[7]}""", "sources[0]")]
    [InlineData("""{"sources":[{"url":"https://example.org"}]}""", "sources[0].title")]
    [InlineData("""{"sources":[{"title":"  "}]}""", "sources[0].title")]
    [InlineData("""{"sources":[{"title":"T"},{"title":"U","publishedOn":"2023-13"}]}""", "sources[1].publishedOn")]
    [InlineData("""{"sources":[{"title":"T","publishedOn":"July 2023"}]}""", "sources[0].publishedOn")]
    [InlineData("""{"sources":[{"title":"T","quote":["q"]}]}""", "sources[0].quote")]
    [InlineData("""{"sources":[{"title":7}]}""", "sources[0].title")]
    [InlineData("""{"note":["n"]}""", "note")]
    public void A_malformed_source_or_note_rejects_the_record_naming_its_field(string extra, string field)
    {
        var line = """{"id":"p","schema":"Person","properties":{"name":["P"]},""" + extra[1..];

        var parsed = FtmFixtures.Lines("""{"id":"ok","schema":"Person","properties":{"name":["Ok"]}}""", line);

        var error = Assert.Single(parsed.Rejected);
        Assert.Equal(("inline.ftm.json", 2, field), (error.File, error.Line, error.Field));
        Assert.Equal(["ok"], parsed.Entities.Select(e => e.Id));
    }

    [Fact]
    public void Each_bad_source_is_named_by_its_place_in_the_list()
    {
        var parsed = FtmFixtures.Lines(
            """{"op":"ADD","entity":{"id":"p","schema":"Person","properties":{"name":["P"]},"sources":[true,{"publishedOn":"soon"},{"title":"T"}]}}""");

        Assert.Equal(["entity.sources[0]", "entity.sources[1].title", "entity.sources[1].publishedOn"], parsed.Rejected.Select(e => e.Field));
        Assert.Contains("must be an object with a title, not true or false", parsed.Rejected[0].Message);
        Assert.Contains("is required: the title", parsed.Rejected[1].Message);
        Assert.Contains("'soon' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD", parsed.Rejected[2].Message);
        Assert.Empty(parsed.Entities);
    }
}
