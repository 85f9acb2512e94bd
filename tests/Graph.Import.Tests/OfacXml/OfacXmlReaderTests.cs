using Graph.Domain.Model;
using Graph.Import.Reading;

namespace Graph.Import.Tests.OfacXml;

/// <summary>The reader on the slice of CONS_ENHANCED.XML: every mapped element, counted against the file.</summary>
public sealed class OfacXmlReaderTests
{
    private readonly ParsedInput _input = OfacXmlFixture.Read("CONS_ENHANCED.XML");

    [Fact]
    public void Every_entity_becomes_one_entity_with_one_sanction_per_non_SDN_list_and_the_publication_is_dated_by_dataAsOf()
    {
        Assert.Empty(_input.Rejected);
        Assert.Equal(["ofac-9647", "ofac-26182", "ofac-19996", "ofac-17017", "ofac-17013"], _input.Entities.Select(e => e.Id));
        Assert.Equal(["ofac-9647-91243", "ofac-26182-91469", "ofac-19996-91507", "ofac-17017-91507", "ofac-17013-91507"], _input.Sanctions.Select(s => s.Id));
        // The SDN List entries of three of them are SDN_ENHANCED.XML's to publish; the Consolidated List is the umbrella.
        Assert.Equal(3, _input.Ignored["sanctionsList (SDN List)"]);
        Assert.Equal("Office of Foreign Assets Control", _input.Authorities["ofac"]);
        Assert.Equal(new DatasetPublication("us_ofac_cons", OfacXmlFixture.DataAsOf), _input.Publication);
    }

    [Fact]
    public void A_sanction_is_listed_on_its_lists_datePublished_with_the_entitys_programmes_and_sanction_types()
    {
        var bank = _input.Sanctions.Single(s => s.Id == "ofac-17017-91507");

        Assert.Equal(("ofac", "ofac-17017", "us_ofac_cons"), (bank.AuthorityId, bank.TargetId, bank.Dataset));
        Assert.Equal(PartialDate.Parse("2014-07-29"), bank.ListedOn);
        Assert.Equal(["UKRAINE-EO13662", "RUSSIA-EO14024"], bank.Programs);
        Assert.Equal(["13662 Sectoral Directive 1", "Block"], bank.Provisions);
        var source = Assert.Single(bank.Sources);
        Assert.Equal("OFAC Consolidated Sanctions List (Non-SDN): Sectoral Sanctions Identifications List", source.Title);
        Assert.StartsWith("CONS_ENHANCED.XML, line ", source.Quote);
        Assert.Equal(PartialDate.Parse("2006-04-12"), _input.Sanctions.Single(s => s.Id == "ofac-9647-91243").ListedOn);
    }

    [Fact]
    public void A_persons_name_birth_date_citizenship_gender_and_passport_are_FtM_properties_as_the_CSV_reader_gives_them()
    {
        var person = _input.Entity(26182);

        Assert.Equal((EntityKind.Person, "KAYAKIRAN, Evren"), (person.Kind, person.Name));
        Assert.Empty(person.Aliases);
        Assert.Equal(["1980-02-08"], person.Property("birthDate"));
        Assert.Equal(["Turkey"], person.Property("citizenship"));
        Assert.Equal(["male"], person.Property("gender"));
        Assert.Equal(["U00242309 (Turkey)"], person.Property("passportNumber"));
        Assert.Equal(["Turkey"], person.Property("address"));
        Assert.Equal(["Turkey"], person.Property("country"));
    }

    [Fact]
    public void A_partial_birth_date_a_place_of_birth_and_a_nationality_are_read_and_weak_aliases_are_marked()
    {
        var person = _input.Entity(9647);

        Assert.Equal(["1945"], person.Property("birthDate"));
        Assert.Equal(["Palestinian"], person.Property("nationality"));
        Assert.Equal(["Gaza Strip"], person.Property("birthPlace"));
        Assert.Equal(3, person.Aliases.Count);
        Assert.Equal(2, person.Property("weakAlias").Count);
        Assert.All(person.Property("weakAlias"), weak => Assert.Contains(weak, person.Aliases));
    }

    [Fact]
    public void The_Latin_primary_name_is_the_name_other_scripts_and_names_are_aliases_and_FKA_names_are_previous_names()
    {
        var bank = _input.Entity(17013);

        Assert.Equal((EntityKind.Organization, "VTB BANK PUBLIC JOINT STOCK COMPANY"), (bank.Kind, bank.Name));
        Assert.Equal(4, bank.Aliases.Count);
        Assert.Equal("БАНК ВТБ ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО", bank.Aliases[0]);
        Assert.Single(bank.Property("previousName"));
        Assert.Single(bank.Property("weakAlias"));
        Assert.Equal(2, bank.Property("idNumber").Count(n => n.EndsWith("(Russia)", StringComparison.Ordinal)));
    }

    [Fact]
    public void Address_parts_are_written_in_OFACs_order_with_the_country_and_features_become_properties_or_notes()
    {
        var company = _input.Entity(19996);
        var bank = _input.Entity(17017);

        Assert.Equal(["2nd Floor Vanterpool Plaza, Wickhams Cay 1, Road Town, Virgin Islands, British"], company.Property("address"));
        Assert.Contains("Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209", company.Property("notes"));
        Assert.Equal(["8/15 Korp. 3 ul. Rozhdestvenka, Moscow, 107996, Russia"], bank.Property("address"));
        Assert.Contains("SWIFT/BIC: MOSWRUMM", bank.Property("idNumber"));
    }

    [Fact]
    public void Relationships_are_typed_by_their_OFAC_label_which_stays_the_role_and_run_owner_to_asset()
    {
        Assert.Equal(
        [
            ("ofac-rel-17928", "representation", "ofac-9647", "ofac-4695", "Acting for or on behalf of"),
            ("ofac-rel-3592", "ownership", "ofac-17017", "ofac-19996", "Owned or Controlled By"),
            ("ofac-rel-13449", "ownership", "ofac-17013", "ofac-17017", "Owned or Controlled By"),
        ], _input.Relationships.Select(r => (r.Id, r.Type, r.FromId, r.ToId, r.Role)));
        Assert.All(_input.RelationshipOrigins, origin => Assert.Equal("CONS_ENHANCED.XML", origin.File));
    }

    [Fact]
    public void A_related_entity_the_file_does_not_hold_is_a_placeholder_named_as_the_relationship_names_it()
    {
        var hamas = Assert.Single(_input.Placeholders);

        Assert.Equal(("ofac-4695", "HAMAS"), (hamas.Id, hamas.Name));
        Assert.Equal("Named by a relationship in CONS_ENHANCED.XML; not held by it.", hamas.Note);
        Assert.DoesNotContain(_input.Entities, e => e.Id == "ofac-4695");
    }

    [Fact]
    public async Task Given_as_text_the_file_reads_the_same_under_the_name_it_was_given()
    {
        var text = File.ReadAllText(OfacXmlFixture.Path("CONS_ENHANCED.XML"));

        var input = await ImportFormats.Named("ofac-xml").Reader.ReadAsync(ImportSource.FromText("cons.xml", text), new DateOnly(2000, 1, 1), CancellationToken.None);

        Assert.Equal(_input.Entities.Select(e => e.Id), input.Entities.Select(e => e.Id));
        Assert.Equal(_input.Sanctions.Select(s => s.Id), input.Sanctions.Select(s => s.Id));
        Assert.All(input.SanctionOrigins, origin => Assert.Equal("cons.xml", origin.File));
        Assert.Equal(_input.SanctionOrigins.Select(o => o.Line), input.SanctionOrigins.Select(o => o.Line));
    }
}
