using Graph.Domain.Model;

namespace Graph.Import.Tests.Ftm;

public sealed class FtmNodeTests
{
    private static readonly ParsedInput Parsed = FtmFixtures.Read("entities.ftm.json");

    [Theory]
    [InlineData("fx-person-ana", EntityKind.Person)]
    [InlineData("fx-org-guild", EntityKind.Organization)]
    [InlineData("fx-legal-foundry", EntityKind.Organization)]
    [InlineData("fx-company-tinware", EntityKind.Company)]
    [InlineData("fx-body-ministry", EntityKind.PublicBody)]
    [InlineData("fx-position-minister", EntityKind.Position)]
    [InlineData("fx-vessel-gull", EntityKind.Vessel)]
    [InlineData("fx-plane-kite", EntityKind.Aircraft)]
    [InlineData("fx-event-fair", EntityKind.Event)]
    public void Each_node_schema_becomes_an_entity_of_its_kind_under_its_FtM_id(string id, EntityKind kind) =>
        Assert.Equal(kind, Entity(id).Kind);

    [Fact]
    public void The_fixture_reads_without_rejections() => Assert.Empty(Parsed.Rejected);

    [Fact]
    public void The_first_name_is_the_name_and_every_other_name_alias_weak_alias_and_previous_name_is_an_alias_once()
    {
        var ana = Entity("fx-person-ana");

        Assert.Equal("Ana Quillfeather", ana.Name);
        Assert.Equal(["Анна Квиллфезер", "A. Quillfeather", "Ana Q.", "The Heron", "Ana Marrow"], ana.Aliases);
    }

    [Fact]
    public void Without_a_name_the_caption_and_then_a_name_part_stand_in()
    {
        Assert.Equal("Brightwater Foundry", Entity("fx-legal-foundry").Name);
        Assert.Equal("Tallowby", Entity("fx-person-noname").Name);
    }

    [Fact]
    public void Other_properties_are_kept_as_FtM_names_them_and_names_and_top_level_fields_are_not()
    {
        var ana = Entity("fx-person-ana");

        Assert.Equal(["1971-04-09"], ana.Property("birthDate"));
        Assert.Equal(["sanction"], ana.Property("topics"));
        Assert.Equal(["https://example.org/lists/ana"], ana.Property("sourceUrl"));
        foreach (var dropped in (string[])["name", "alias", "weakAlias", "previousName", "datasets", "first_seen", "target", "referents"])
        {
            Assert.False(ana.Properties.ContainsKey(dropped), dropped);
        }
    }

    [Fact]
    public void Every_record_gets_one_source_that_names_its_datasets_and_cites_its_file_and_line()
    {
        var source = Assert.Single(Entity("fx-person-ana").Sources);

        Assert.Equal("FollowTheMoney export (OpenSanctions: fx_sanctions_list)", source.Title);
        Assert.Equal("https://example.org/lists/ana", source.Url);
        Assert.Equal("OpenSanctions", source.Publisher);
        Assert.Equal(PartialDate.Parse("2023-07-26"), source.PublishedOn);
        Assert.Equal("entities.ftm.json, line 1", source.Quote);
        Assert.Equal("entities.ftm.json, line 14", Assert.Single(Parsed.Sanctions, s => s.Id == "fx-sanction-ana").Sources[0].Quote);
    }

    [Fact]
    public void A_record_without_datasets_gets_a_plain_source()
    {
        var source = Assert.Single(Entity("fx-company-tinware").Sources);

        Assert.Equal(new Source("FollowTheMoney export", null, null, null, source.Quote), source);
    }

    [Fact]
    public void Schemata_the_graph_does_not_model_are_counted_not_imported()
    {
        Assert.Equal(2, Parsed.Ignored["Address"]);
        Assert.Equal(1, Parsed.Ignored["BankAccount"]);
        Assert.DoesNotContain(Parsed.Entities, e => e.Id.StartsWith("fx-address", StringComparison.Ordinal));
    }

    [Fact]
    public void An_event_s_participants_become_involvement_edges_from_each_participant_to_the_event()
    {
        var involvements = Parsed.Relationships.Where(r => r.Type == "involvement").OrderBy(r => r.Id, StringComparer.Ordinal).ToList();

        Assert.Equal(
            [
                ("fx-event-fair--involved--fx-org-guild", "fx-org-guild", "involved"),
                ("fx-event-fair--involved--fx-person-ana", "fx-person-ana", "involved"),
                ("fx-event-fair--organizer--fx-body-ministry", "fx-body-ministry", "organizer"),
            ],
            involvements.Select(r => (r.Id, r.FromId, r.Role)));
        Assert.All(involvements, r => Assert.Equal("fx-event-fair", r.ToId));
        Assert.Equal(["2020-10"], Entity("fx-event-fair").Property("date"));
        Assert.False(Entity("fx-event-fair").Properties.ContainsKey("involved"));
    }

    private static Entity Entity(string id) => Assert.Single(Parsed.Entities, e => e.Id == id);
}
