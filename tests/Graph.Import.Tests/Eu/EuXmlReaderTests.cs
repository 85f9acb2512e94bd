using Graph.Domain.Model;

namespace Graph.Import.Tests.Eu;

/// <summary>The six entries of Fixtures/eu/publication.xml, read into entities and their sanctions by the European Union.</summary>
public sealed class EuXmlReaderTests
{
    private static readonly ParsedInput Input = EuFixture.Read("publication.xml");

    [Fact]
    public void Every_entry_becomes_one_entity_and_one_sanction_by_the_European_Union()
    {
        Assert.Empty(Input.Rejected);
        Assert.Equal(["eu-13", "eu-1", "eu-135909", "eu-207", "eu-160001", "eu-5001"], Input.Entities.Select(e => e.Id));
        Assert.Equal(["eu-sanction-13", "eu-sanction-1", "eu-sanction-135909", "eu-sanction-207", "eu-sanction-160001", "eu-sanction-5001"],
            Input.Sanctions.Select(s => s.Id));
        Assert.Equal(4, Input.Entities.Count(e => e.Kind == EntityKind.Person));
        Assert.Equal(2, Input.Entities.Count(e => e.Kind == EntityKind.Organization));
        Assert.All(Input.Sanctions, s => Assert.Equal(("eu", "eu_fsf"), (s.AuthorityId, s.Dataset)));
        Assert.Equal("eu-135909", Input.Sanction("135909").TargetId);
        Assert.Equal("European Union", Input.Authorities["eu"]);
        Assert.Empty(Input.Relationships);
    }

    [Fact]
    public void The_counts_match_the_elements_of_the_fixture()
    {
        var text = File.ReadAllText(EuFixture.Path("publication.xml"));
        int Count(string needle) => text.Split(needle).Length - 1;

        Assert.Equal(Count("<sanctionEntity "), Input.Entities.Count);
        Assert.Equal(Count("<sanctionEntity "), Input.Sanctions.Count);
        Assert.Equal(Count("strong=\"true\""), Input.Entities.Sum(e => 1 + e.Aliases.Count));
        Assert.Equal(Count("strong=\"false\""), Input.Entities.Sum(e => e.Property("weakAlias").Count));
        Assert.Equal(Count("<identification "), Input.Entities.Sum(e => e.Properties.Where(p => p.Key.EndsWith("Number", StringComparison.Ordinal)).Sum(p => p.Value.Count)));
        Assert.Equal(Count("<citizenship ") - Count("<citizenship region=\"\" countryIso2Code=\"00\""), Input.Entities.Sum(e => e.Property("nationality").Count));
        Assert.Equal(Count("<address "), Input.Entities.Sum(e => e.Property("address").Count));
        Assert.Equal(Count("<remark>"), Input.Entities.Sum(e => e.Property("notes").Count) - 1); // and the enterprise's function
    }

    [Fact]
    public void The_publication_is_the_day_of_the_generationDate_as_written()
    {
        Assert.Equal(new DatasetPublication("eu_fsf", new DateOnly(2024, 5, 2)), Input.Publication);
        Assert.Equal(PartialDate.Parse("2024-05-02"), Input.Entity("13").Sources.Single().PublishedOn);
        Assert.Equal("sanctionEntity logicalId=\"13\" euReferenceNumber=\"EU.27.28\"", Input.Entity("13").Sources.Single().Quote);
    }

    [Fact]
    public void The_name_is_the_first_strong_alias_in_no_language_or_English_the_other_strong_ones_aliases_and_weak_ones_apart()
    {
        Assert.Equal("Saddam Hussein Al-Tikriti", Input.Entity("13").Name);
        Assert.Equal(["Abu Ali", "Abou Ali"], Input.Entity("13").Aliases);
        var putin = Input.Entity("135909");
        Assert.Equal("Vladimir Vladimirovich PUTIN", putin.Name);
        Assert.Equal(["Vladimir Vladimirovitj PUTIN"], putin.Aliases);
        Assert.Equal(["V. V. PUTIN"], putin.Property("weakAlias"));
        Assert.Equal(["Vladimir"], putin.Property("firstName"));
        Assert.Equal(["PUTIN"], putin.Property("lastName"));
        Assert.Equal("İslami Büyük Doğu Akıncılar Cephesi", Input.Entity("207").Name);
        Assert.Equal(["Great Islamic Eastern Warriors Front", "IBDA-C"], Input.Entity("207").Aliases);
        Assert.Equal(["Umm Khaled"], Input.Entity("5001").Property("weakAlias"));
        Assert.Empty(Input.Entity("5001").Aliases);
        Assert.Equal(12, Input.Entities.Sum(e => 1 + e.Aliases.Count));
        Assert.Equal(2, Input.Entities.Sum(e => e.Property("weakAlias").Count));
    }

    [Fact]
    public void Birth_dates_keep_their_precision_and_a_circa_date_only_its_year()
    {
        Assert.Equal(["1937-04-28"], Input.Entity("13").Property("birthDate"));
        Assert.Equal(["1924-02-21"], Input.Entity("1").Property("birthDate"));
        Assert.Equal(["1965", "1961-03", "1970", "1972"], Input.Entity("5001").Property("birthDate"));
        Assert.Equal(["al-Awja, near Tikrit, IRAQ"], Input.Entity("13").Property("birthPlace"));
        Assert.Equal(["Leningrad (now Saint-Petersburg), RUSSIAN FEDERATION"], Input.Entity("135909").Property("birthPlace"));
        Assert.Equal(["Hama, SYRIAN ARAB REPUBLIC"], Input.Entity("5001").Property("birthPlace"));
        Assert.Empty(Input.Entity("1").Property("birthPlace"));
    }

    [Fact]
    public void Citizenship_is_the_nationality_as_a_lowercase_code_and_an_unknown_one_is_left_out()
    {
        Assert.Equal(["iq"], Input.Entity("13").Property("nationality"));
        Assert.Equal(["ru"], Input.Entity("135909").Property("nationality"));
        Assert.Equal(["sy"], Input.Entity("5001").Property("nationality"));
        Assert.Empty(Input.Entity("1").Property("nationality"));
    }

    [Fact]
    public void Gender_function_and_title_are_the_persons_and_an_enterprises_function_is_a_note()
    {
        Assert.Equal(["male"], Input.Entity("135909").Property("gender"));
        Assert.Equal(["female"], Input.Entity("5001").Property("gender"));
        Assert.Equal(["President of the Russian Federation"], Input.Entity("135909").Property("position"));
        Assert.Equal(["Former President"], Input.Entity("1").Property("position"));
        Assert.Equal(["Brigadier General"], Input.Entity("5001").Property("title"));
        Assert.Contains("Supplier of electronic components to the armed forces", Input.Entity("160001").Property("notes"));
        Assert.Empty(Input.Entity("160001").Property("position"));
    }

    [Fact]
    public void Identity_documents_go_to_the_property_of_their_type()
    {
        Assert.Equal(["AD001095"], Input.Entity("1").Property("passportNumber"));
        Assert.Equal(["01020304050"], Input.Entity("5001").Property("idNumber"));
        Assert.Equal(["1157746000000"], Input.Entity("160001").Property("registrationNumber"));
        Assert.Equal(["7700000000"], Input.Entity("160001").Property("taxNumber"));
        Assert.Equal(4, Input.Entities.Sum(e => e.Property("passportNumber").Count + e.Property("idNumber").Count
            + e.Property("registrationNumber").Count + e.Property("taxNumber").Count));
    }

    [Fact]
    public void Addresses_with_their_country_and_contacts_and_the_remarks_as_notes()
    {
        var company = Input.Entity("160001");
        Assert.Equal(["Ulitsa Lenina 12, office 4, 125009, Moscow, RUSSIAN FEDERATION"], company.Property("address"));
        Assert.Equal(["ru"], company.Property("country"));
        Assert.Equal(["+7 495 000 00 00"], company.Property("phone"));
        Assert.Equal(["info@sever-trading.example"], company.Property("email"));
        Assert.Equal(["https://sever-trading.example"], company.Property("website"));
        Assert.Contains("OGRN", company.Property("notes"));
        Assert.Equal(["UNSC RESOLUTION 1483"], Input.Entity("13").Property("notes"));
        Assert.Equal(["Head of a security service.", "Date of listing: 10.5.2011.", "Low quality alias."], Input.Entity("5001").Property("notes"));
        Assert.Equal(["(passport)"], Input.Entity("1").Property("notes"));
    }

    [Fact]
    public void A_sanction_is_listed_on_the_earliest_of_its_designation_and_its_regulations_with_their_programmes()
    {
        Assert.Equal(PartialDate.Parse("2003-07-08"), Input.Sanction("13").ListedOn);
        Assert.Equal(PartialDate.Parse("2002-02-21"), Input.Sanction("1").ListedOn); // designated before the amendment the file cites
        Assert.Equal(PartialDate.Parse("2022-02-25"), Input.Sanction("135909").ListedOn);
        Assert.Equal(PartialDate.Parse("2018-03-22"), Input.Sanction("207").ListedOn);
        Assert.Equal(["IRQ"], Input.Sanction("13").Programs);
        Assert.Equal(["UKR"], Input.Sanction("135909").Programs);
        Assert.Equal(["IRQ", "ZWE", "UKR", "TERR", "RUS", "SYR"], Input.Sanctions.SelectMany(s => s.Programs));
        Assert.All(Input.Sanctions, s => Assert.Equal(["Asset freeze"], s.Provisions));
    }

    [Fact]
    public void A_sanction_cites_the_list_and_each_regulation_by_its_address()
    {
        var sources = Input.Sanction("135909").Sources;
        Assert.Equal(3, sources.Count);
        Assert.Equal("https://webgate.ec.europa.eu/fsd/fsf", sources[0].Url);
        Assert.Equal("amendment 2022/332 (OJ L53)", sources[1].Title);
        Assert.Equal("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=uriserv%3AOJ.L_.2022.053.01.0001.01.ENG&toc=OJ%3AL%3A2022%3A053%3ATOC", sources[1].Url);
        Assert.Equal("Council of the European Union", sources[1].Publisher);
        Assert.Equal(PartialDate.Parse("2022-02-25"), sources[1].PublishedOn);
        Assert.Equal("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32023R0571", sources[2].Url);
        Assert.Equal("European Commission", Input.Sanction("13").Sources[1].Publisher);
    }

    [Fact]
    public void Each_sanction_comes_from_the_line_of_its_entry()
    {
        Assert.Equal(3, Input.SanctionOrigins[0].Line);
        Assert.All(Input.SanctionOrigins, o => Assert.EndsWith("publication.xml", o.File, StringComparison.Ordinal));
        var lines = File.ReadAllLines(EuFixture.Path("publication.xml"));
        Assert.All(Input.SanctionOrigins, o => Assert.StartsWith("    <sanctionEntity ", lines[o.Line - 1], StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_generationDate_the_publication_is_the_day_given()
    {
        var input = EuFixture.ReadText("""
            <export xmlns="http://eu.europa.ec/fpi/fsd/export">
              <sanctionEntity logicalId="7"><subjectType code="person" classificationCode="P"/><nameAlias wholeName="Someone" strong="true"/></sanctionEntity>
            </export>
            """);

        Assert.Empty(input.Rejected);
        Assert.Equal(EuFixture.Fallback, input.Publication!.PublishedOn);
        Assert.Null(input.Sanction("7").ListedOn);
    }
}
