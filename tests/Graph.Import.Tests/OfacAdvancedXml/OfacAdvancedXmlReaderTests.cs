using Graph.Domain.Model;
using Graph.Import.Tests.OfacXml;

namespace Graph.Import.Tests.OfacAdvancedXml;

/// <summary>The reader on the hand-made SDN_ADVANCED.XML: every mapped element, counted against the file.</summary>
public sealed class OfacAdvancedXmlReaderTests
{
    private readonly ParsedInput _input = OfacAdvancedXmlFixture.Read("SDN_ADVANCED.XML");

    [Fact]
    public void Every_party_becomes_one_entity_with_its_sanction_and_the_publication_is_dated_by_DateOfIssue()
    {
        Assert.Empty(_input.Rejected);
        Assert.Equal(["ofac-2676", "ofac-4234", "ofac-90001", "ofac-90002"], _input.Entities.Select(e => e.Id));
        Assert.Equal(
            [EntityKind.Person, EntityKind.Vessel, EntityKind.Person, EntityKind.Organization],
            _input.Entities.Select(e => e.Kind));
        Assert.Equal(["ofac-2676", "ofac-4234", "ofac-90001", "ofac-90002"], _input.Sanctions.Select(s => s.Id));
        Assert.Equal(2, _input.Relationships.Count);
        Assert.Equal("Office of Foreign Assets Control", _input.Authorities["ofac"]);
        Assert.Equal(new DatasetPublication("us_ofac_sdn", OfacAdvancedXmlFixture.DateOfIssue), _input.Publication);
    }

    [Fact]
    public void A_sanction_is_listed_on_its_earliest_entry_event_with_the_programmes_and_sanction_types_of_its_measures()
    {
        var sanction = _input.Sanctions.Single(s => s.Id == "ofac-2676");

        Assert.Equal(("ofac", "ofac-2676", "us_ofac_sdn"), (sanction.AuthorityId, sanction.TargetId, sanction.Dataset));
        Assert.Equal(PartialDate.Parse("2001-09-24"), sanction.ListedOn);
        Assert.Equal(["SDGT"], sanction.Programs);
        Assert.Equal(["Block"], sanction.Provisions);
        var source = Assert.Single(sanction.Sources);
        Assert.Equal(("OFAC Specially Designated Nationals (SDN) List", PartialDate.FromDate(OfacAdvancedXmlFixture.DateOfIssue)), (source.Title, source.PublishedOn));
        Assert.StartsWith("SDN_ADVANCED.XML, line ", source.Quote);
    }

    [Fact]
    public void A_persons_name_parts_weak_alias_birth_range_nationality_gender_passport_and_address_are_FtM_properties()
    {
        var person = _input.Entity(90001);

        Assert.Equal("TESTOV, Ivan", person.Name);
        Assert.Equal(["Vanya"], person.Aliases);
        Assert.Equal(["Vanya"], person.Property("weakAlias"));
        Assert.Equal(["1960", "1962"], person.Property("birthDate"));
        Assert.Equal(["Russia"], person.Property("nationality"));
        Assert.Equal(["male"], person.Property("gender"));
        Assert.Equal(["710000001 (Russia)"], person.Property("passportNumber"));
        Assert.Equal(["1 Primernaya Ulitsa, Moscow, Russia"], person.Property("address"));
        Assert.Equal(["Russia"], person.Property("country"));
        Assert.Empty(person.Property("birthPlace")); // its only version is of reliability "False"
    }

    [Fact]
    public void An_entitys_former_name_is_an_alias_and_a_previous_name()
    {
        var company = _input.Entity(90002);

        Assert.Equal(("EXAMPLE TRADING LLC", EntityKind.Organization), (company.Name, company.Kind));
        Assert.Equal(["OLD EXAMPLE TRADING"], company.Aliases);
        Assert.Equal(["OLD EXAMPLE TRADING"], company.Property("previousName"));
        Assert.Equal(["2 Primernaya Ulitsa, Saint Petersburg, Russia"], company.Property("address"));
    }

    [Fact]
    public void Relationships_are_typed_from_their_RelationType_keep_it_as_role_and_a_profile_the_file_lacks_is_a_placeholder()
    {
        Assert.Equal(
        [
            ("ofac-rel-90100", "support", "ofac-90001", "ofac-90002", "Providing support to"),
            ("ofac-rel-90101", "ownership", "ofac-95000", "ofac-90002", "Owned or Controlled By"),
        ], _input.Relationships.Select(r => (r.Id, r.Type, r.FromId, r.ToId, r.Role)));
        var placeholder = Assert.Single(_input.Placeholders);
        Assert.Equal(("ofac-95000", EntityKind.Organization), (placeholder.Id, placeholder.Kind));
        Assert.Equal("Named by a relationship in SDN_ADVANCED.XML; not held by it.", placeholder.Note);
    }

    [Fact]
    public void The_CSVs_entries_read_as_the_Enhanced_XML_reads_them_under_the_same_ids()
    {
        var enhanced = OfacXmlFixture.Read("sdn", "SDN_ENHANCED.XML");

        foreach (var number in new[] { 2676, 4234 })
        {
            var (advanced, expected) = (_input.Entity(number), enhanced.Entities.Single(e => e.Id == $"ofac-{number}"));
            Assert.Equal((expected.Kind, expected.Name), (advanced.Kind, advanced.Name));
            Assert.Subset(advanced.Aliases.ToHashSet(), expected.Aliases.ToHashSet()); // the Enhanced fixture keeps one of the three a.k.a.
            Assert.Equal(expected.Properties.OrderBy(p => p.Key).Select(p => (p.Key, string.Join("|", p.Value))),
                advanced.Properties.OrderBy(p => p.Key).Select(p => (p.Key, string.Join("|", p.Value))));
            var (sanction, enhancedSanction) = (_input.Sanctions.Single(s => s.TargetId == advanced.Id), enhanced.Sanctions.Single(s => s.TargetId == advanced.Id));
            Assert.Equal((enhancedSanction.Id, enhancedSanction.ListedOn), (sanction.Id, sanction.ListedOn));
            Assert.Equal(enhancedSanction.Programs, sanction.Programs);
            Assert.Equal(enhancedSanction.Provisions, sanction.Provisions);
        }
    }

    [Fact]
    public async Task The_same_schema_in_the_namespace_of_OFACs_Sanctions_List_Service_reads_the_same()
    {
        var text = File.ReadAllText(OfacAdvancedXmlFixture.Path("SDN_ADVANCED.XML")).Replace(
            "http://www.un.org/sanctions/1.0", "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADVANCED_XML", StringComparison.Ordinal);

        var input = await ImportFormats.Named("ofac-xml").Reader.ReadAsync(Graph.Import.Reading.ImportSource.FromText("SDN_ADVANCED.XML", text), new DateOnly(2000, 1, 1), CancellationToken.None);

        Assert.Empty(input.Rejected);
        Assert.Equal(_input.Entities.Select(e => (e.Id, e.Name)), input.Entities.Select(e => (e.Id, e.Name)));
        Assert.Equal(_input.Sanctions.Select(s => s.Id), input.Sanctions.Select(s => s.Id));
        Assert.Equal(_input.Publication, input.Publication);
    }

    [Fact]
    public async Task CONS_ADVANCED_XML_publishes_the_non_SDN_lists_and_leaves_the_SDN_List_entries_to_SDN_ADVANCED_XML()
    {
        var text = File.ReadAllText(OfacAdvancedXmlFixture.Path("SDN_ADVANCED.XML"))
            .Replace("<List ID=\"1550\">SDN List</List>", "<List ID=\"1550\">SDN List</List>\n      <List ID=\"91507\">Sectoral Sanctions Identifications List</List>", StringComparison.Ordinal)
            .Replace("<SanctionsEntry ID=\"90002\" ProfileID=\"90002\" ListID=\"1550\">", "<SanctionsEntry ID=\"90002\" ProfileID=\"90002\" ListID=\"91507\">", StringComparison.Ordinal);

        var input = await ImportFormats.Named("ofac-xml").Reader.ReadAsync(Graph.Import.Reading.ImportSource.FromText("CONS_ADVANCED.XML", text), new DateOnly(2000, 1, 1), CancellationToken.None);

        Assert.Empty(input.Rejected);
        Assert.Equal(4, input.Entities.Count);
        var sanction = Assert.Single(input.Sanctions);
        Assert.Equal(("ofac-90002-91507", "us_ofac_cons"), (sanction.Id, sanction.Dataset));
        Assert.Equal("OFAC Consolidated Sanctions List (Non-SDN): Sectoral Sanctions Identifications List", Assert.Single(sanction.Sources).Title);
        Assert.Equal(3, input.Ignored["SanctionsEntry (SDN List)"]);
        Assert.Equal(new DatasetPublication("us_ofac_cons", OfacAdvancedXmlFixture.DateOfIssue), input.Publication);
    }
}
