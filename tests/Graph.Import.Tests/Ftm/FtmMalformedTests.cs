namespace Graph.Import.Tests.Ftm;

public sealed class FtmMalformedTests
{
    private static readonly ParsedInput Parsed = FtmFixtures.Read("malformed.ftm.json");

    [Fact]
    public void Every_bad_line_is_reported_by_line_and_field_and_the_good_lines_are_still_read()
    {
        Assert.Equal(
            [
                (2, "(json)"),
                (3, "id"),
                (4, "properties.name"),
                (4, "properties.alias[1]"),
                (5, "properties.startDate"),
                (6, "properties.asset"),
                (8, "(line)"),
                (9, "properties.authority"),
                (10, "op"),
                (11, "(json)"),
            ],
            Parsed.Rejected.Select(e => (e.Line, e.Field)));
        Assert.Equal(["fx-good-1", "fx-good-3"], Parsed.Entities.Select(e => e.Id));
        Assert.Empty(Parsed.Relationships);
        Assert.Empty(Parsed.Sanctions);
    }

    [Fact]
    public void Errors_name_the_file_and_say_what_is_wrong()
    {
        Assert.All(Parsed.Rejected, e => Assert.Equal("malformed.ftm.json", e.File));
        Assert.Contains("must be a list of strings", Message(4, "properties.name"));
        Assert.Contains("must be a string, not a number", Message(4, "properties.alias[1]"));
        Assert.Contains("'2021-13-45' is not a date", Message(5, "properties.startDate"));
        Assert.Contains("an FtM Ownership joins its owner to its asset", Message(6, "properties.asset"));
        Assert.Contains("'UPSERT' is not a delta operation", Message(10, "op"));
        Assert.Equal("malformed.ftm.json:3: id: is required: the FtM id becomes the id of the entity, sanction or relationship.", Parsed.Rejected[1].ToString());
    }

    [Fact]
    public void Fields_of_a_delta_s_entity_are_named_by_their_path()
    {
        var parsed = FtmFixtures.Lines("""{"op":"MOD","entity":{"schema":"Person","properties":{"name":"X"}}}""");

        Assert.Equal(["entity.properties.name", "entity.id"], parsed.Rejected.Select(e => e.Field));
    }

    [Theory]
    [InlineData("""{"id":"x","schema":"Person","properties":{"name":["X"]},"first_seen":"yesterday"}""", "first_seen")]
    [InlineData("""{"id":"x","schema":"Person","properties":{}}""", "properties.name")]
    [InlineData("""{"id":"x","schema":"Person","properties":[]}""", "properties")]
    [InlineData("""{"id":7,"schema":"Person","properties":{"name":["X"]}}""", "id")]
    [InlineData("""{"id":"x","properties":{"name":["X"]}}""", "schema")]
    [InlineData("""{"id":"x","schema":"Sanction","properties":{"authority":["A"]}}""", "properties.entity")]
    [InlineData("""{"id":"x","schema":"Sanction","properties":{"entity":["y"],"authority":["A"],"endDate":["soon"]}}""", "properties.endDate")]
    [InlineData("""{"id":"x","schema":"Family","properties":{"person":["   "],"relative":["y"]}}""", "properties.person")]
    public void Each_kind_of_mistake_is_named_by_its_field(string line, string field)
    {
        var parsed = FtmFixtures.Lines(line);

        Assert.Contains(field, parsed.Rejected.Select(e => e.Field));
        Assert.Empty(parsed.Entities);
        Assert.Empty(parsed.Sanctions);
        Assert.Empty(parsed.Relationships);
    }

    [Fact]
    public void A_byte_order_mark_and_surrounding_blanks_are_not_part_of_the_line()
    {
        var parsed = FtmFixtures.Lines("\uFEFF{\"id\":\"x\",\"schema\":\"Person\",\"properties\":{\"name\":[\"X\"]}}  \r", "   ", "\u00A0\uFEFF {\"id\":\"y\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Y\"]}}\u2003");

        Assert.Empty(parsed.Rejected);
        Assert.Equal(["X", "Y"], parsed.Entities.Select(e => e.Name));
        Assert.Equal(["inline.ftm.json, line 1", "inline.ftm.json, line 3"], parsed.Entities.Select(e => Assert.Single(e.Sources).Quote));
    }

    private static string Message(int line, string field) => Assert.Single(Parsed.Rejected, e => e.Line == line && e.Field == field).Message;
}
