using Graph.Domain.Model;

namespace Graph.Import.Tests.Un;

/// <summary>The UN list fixture read into entities and sanctions: every mapped element, counted against the file.</summary>
public sealed class UnXmlReaderTests
{
    private readonly ParsedInput _input = UnFixture.Read();

    [Fact]
    public void Every_entry_becomes_one_entity_and_one_sanction_by_the_security_council()
    {
        Assert.Empty(_input.Rejected);
        Assert.Equal(5, _input.Entities.Count);
        Assert.Equal(3, _input.Entities.Count(e => e.Kind == EntityKind.Person));
        Assert.Equal(2, _input.Entities.Count(e => e.Kind == EntityKind.Organization));
        Assert.Equal(5, _input.Sanctions.Count);
        Assert.All(_input.Sanctions, s => Assert.Equal("un-sc", s.AuthorityId));
        Assert.All(_input.Sanctions, s => Assert.Equal("un_sc_sanctions", s.Dataset));
        Assert.Equal("United Nations Security Council", _input.Authorities["un-sc"]);
    }

    [Fact]
    public void The_publication_is_of_the_day_the_list_was_generated_not_of_the_import()
    {
        Assert.Equal(new DatasetPublication("un_sc_sanctions", new DateOnly(2026, 2, 27)), _input.Publication);
        Assert.Equal(PartialDate.Parse("2026-02-27"), _input.Entity(9100001).Sources.Single().PublishedOn);
    }

    [Fact]
    public void A_list_without_dateGenerated_is_of_the_day_the_import_names()
    {
        var input = UnFixture.ReadText(UnFixture.List(UnFixture.Individual(1)).Replace(" dateGenerated=\"2026-02-27T00:00:09.554Z\"", "", StringComparison.Ordinal));

        Assert.Empty(input.Rejected);
        Assert.Equal(UnFixture.ImportDay, input.Publication!.PublishedOn);
    }

    [Fact]
    public void A_sanction_carries_the_regime_the_listing_date_and_the_reference_number()
    {
        var sanction = _input.Sanction(9100001);

        Assert.Equal("un-9100001", sanction.TargetId);
        Assert.Equal(["Mali"], sanction.Programs);
        Assert.Equal(PartialDate.Parse("2019-12-20"), sanction.ListedOn);
        Assert.Equal("MLi.901 AMADOU BAKARY CISSE DIALLO", sanction.Sources.Single().Quote);
        Assert.Equal(["MLi.901"], _input.Entity(9100001).Property("unscId"));
        Assert.Equal(["Mali", "Somalia", "DRC", "Al-Qaida", "DPRK"], _input.Sanctions.Select(s => s.Programs.Single()));
        Assert.All(_input.Sanctions, s => Assert.NotNull(s.ListedOn));
    }

    [Fact]
    public void A_listing_date_with_a_time_zone_names_its_day()
    {
        // The real list writes a few as xs:date with a zone: <LISTED_ON>2015-04-07-04:00</LISTED_ON>.
        Assert.Equal(PartialDate.Parse("2009-04-24"), _input.Sanction(9100102).ListedOn);
    }

    [Fact]
    public void Sanctions_name_the_line_of_their_entry()
    {
        var lines = File.ReadAllLines(UnFixture.Path());

        var origin = _input.SanctionOrigins[_input.Sanctions.FindIndex(s => s.Id == "un-sanction-9100101")];

        Assert.Equal("consolidated.xml", Path.GetFileName(origin.File));
        Assert.Equal("    <ENTITY>", lines[origin.Line - 1]);
        Assert.Equal("      <DATAID>9100101</DATAID>", lines[origin.Line]);
    }

    [Fact]
    public void A_name_is_the_name_parts_in_order_and_an_entity_its_first_name()
    {
        Assert.Equal("AMADOU BAKARY CISSE DIALLO", _input.Entity(9100001).Name);
        Assert.Equal("BARAKA TUMAINI", _input.Entity(9100002).Name);
        Assert.Equal("CORAL REEF TRADING COMPANY", _input.Entity(9100101).Name);
    }

    [Fact]
    public void Good_aliases_and_the_original_script_are_aliases_and_low_quality_ones_weak_aliases()
    {
        var amadou = _input.Entity(9100001);

        Assert.Equal(["Amadou Diallo", "Hamadou Cissé", "أمادو باكاري"], amadou.Aliases);
        Assert.Equal(["Abou Bakr"], amadou.Property("weakAlias"));
        Assert.Contains("Hamadou Cissé: spelling used in 2018", amadou.Property("notes"));
        Assert.Empty(_input.Entity(9100003).Aliases);
        Assert.Equal(["Charlie"], _input.Entity(9100003).Property("weakAlias"));
        Assert.Equal(5, _input.Entities.Sum(e => e.Aliases.Count));
        Assert.Equal(2, _input.Entities.Sum(e => e.Property("weakAlias").Count));
    }

    [Fact]
    public void An_entity_keeps_a_k_a_and_f_k_a_names_as_aliases_and_f_k_a_ones_as_previous_names()
    {
        var coral = _input.Entity(9100101);

        Assert.Equal(["Coral Reef Trading", "Blue Lagoon Exports"], coral.Aliases);
        Assert.Equal(["Blue Lagoon Exports"], coral.Property("previousName"));
        Assert.Empty(_input.Entity(9100102).Aliases);
    }

    [Fact]
    public void Exact_dates_and_years_are_birth_dates_as_precise_as_written()
    {
        Assert.Equal(["1972-09-01"], _input.Entity(9100001).Property("birthDate"));
        Assert.Equal(["1971", "1973", "1974", "1975"], _input.Entity(9100002).Property("birthDate"));
        Assert.Contains("Born between 1973 and 1975", _input.Entity(9100002).Property("notes"));
    }

    [Fact]
    public void A_date_of_birth_circa_is_a_note_and_never_a_birth_date()
    {
        Assert.Contains("Born circa 1975", _input.Entity(9100001).Property("notes"));
        Assert.DoesNotContain("1975", _input.Entity(9100001).Property("birthDate"));
        Assert.Empty(_input.Entity(9100003).Property("birthDate"));
        Assert.Contains("Born circa 1975-01-01", _input.Entity(9100003).Property("notes"));
    }

    [Fact]
    public void Places_of_birth_nationalities_gender_titles_and_designations_are_properties()
    {
        var amadou = _input.Entity(9100001);

        Assert.Equal(["Tessalit, Kidal Region, Mali"], amadou.Property("birthPlace"));
        Assert.Equal(["Mali", "Niger"], amadou.Property("nationality"));
        Assert.Equal(["male"], amadou.Property("gender"));
        Assert.Equal(["Colonel"], amadou.Property("title"));
        Assert.Equal(["Secretary-General of the armed group"], amadou.Property("position"));
        Assert.Equal(["Somalia"], _input.Entity(9100002).Property("nationality"));
        Assert.Empty(_input.Entity(9100002).Property("birthPlace"));
        Assert.Equal(3, _input.Entities.Sum(e => e.Property("nationality").Count));
    }

    [Fact]
    public void Documents_give_their_numbers_and_a_note_of_the_rest()
    {
        var amadou = _input.Entity(9100001);

        Assert.Equal(["AA1234567"], amadou.Property("passportNumber"));
        Assert.Contains("Passport AA1234567: issued by Mali on 2012-10-12; Expiration date 2 Oct. 2017", amadou.Property("notes"));
        Assert.Equal(["3603251708570001"], _input.Entity(9100002).Property("idNumber"));
        Assert.Empty(_input.Entity(9100002).Property("passportNumber"));
        Assert.Empty(_input.Entity(9100003).Property("passportNumber").Concat(_input.Entity(9100003).Property("idNumber")));
    }

    [Fact]
    public void Addresses_give_the_address_its_country_and_a_note()
    {
        var amadou = _input.Entity(9100001);

        Assert.Equal(["Kidal, Mali"], amadou.Property("address"));
        Assert.Equal(["Mali"], amadou.Property("country"));
        Assert.Contains("Address Kidal, Mali: as of 2020", amadou.Property("notes"));
        Assert.Equal(["Noorderlaan 139, Antwerp, 2030, Belgium"], _input.Entity(9100101).Property("address"));
        Assert.Empty(_input.Entity(9100102).Property("address"));
    }

    [Fact]
    public void Comments_are_notes_with_the_line_breaks_of_the_list_folded()
    {
        Assert.Contains(_input.Entity(9100001).Property("notes"), n => n.StartsWith("Commander of an armed group, based in the north of the country. INTERPOL", StringComparison.Ordinal));
        Assert.Equal(["Front company used to move funds. [Old Reference # E.01.A.1]"], _input.Entity(9100101).Property("notes"));
        Assert.Equal(["unscId"], _input.Entity(9100102).Properties.Keys);
    }
}
