namespace Graph.Import.Tests.Ftm;

public sealed class FtmDeltaTests
{
    private static readonly ParsedInput Parsed = FtmFixtures.Read("deltas.ftm.json");

    [Fact]
    public void ADD_and_MOD_upsert_their_entity()
    {
        Assert.Empty(Parsed.Rejected);
        Assert.Equal(["fx-person-cato", "fx-org-guild"], Parsed.Entities.Select(e => e.Id));
        Assert.Equal("Cato Brindle", Parsed.Entities[0].Name);
    }

    [Fact]
    public void Blank_names_are_skipped()
    {
        var guild = Parsed.Entities[1];

        Assert.Equal("Guild of Lantern Makers", guild.Name);
        Assert.Equal(["Lantern Guild"], guild.Aliases);
    }

    [Fact]
    public void The_source_of_a_delta_cites_the_line_of_the_operation() =>
        Assert.Equal("deltas.ftm.json, line 1", Assert.Single(Parsed.Entities[0].Sources).Quote);

    [Fact]
    public void DEL_removes_by_the_schema_of_the_deleted_entity()
    {
        Assert.Equal(["fx-person-gone", "fx-poltergeist"], Parsed.DeletedEntityIds);
        Assert.Equal(["fx-sanction-gone", "fx-poltergeist"], Parsed.DeletedSanctionIds);
        Assert.Equal(["fx-own-gone", "fx-poltergeist"], Parsed.DeletedRelationshipIds);
    }

    [Fact]
    public void Deleting_a_record_of_a_schema_the_graph_does_not_model_is_only_counted() =>
        Assert.Equal(1, Parsed.Ignored["Address"]);

    [Fact]
    public void A_delta_without_its_entity_or_its_operation_is_rejected()
    {
        var parsed = FtmFixtures.Lines("""{"op":"ADD"}""", """{"entity":{"id":"x","schema":"Person","properties":{"name":["X"]}}}""");

        Assert.Equal([(1, "entity"), (2, "op")], parsed.Rejected.Select(e => (e.Line, e.Field)));
        Assert.Empty(parsed.Entities);
    }
}
