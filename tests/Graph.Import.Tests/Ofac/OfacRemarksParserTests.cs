using Graph.Import.Ofac;

namespace Graph.Import.Tests.Ofac;

public sealed class OfacRemarksParserTests
{
    [Theory]
    [InlineData("DOB 28 Jul 1963.", new[] { "1963-07-28" })]
    [InlineData("DOB 1963", new[] { "1963" })]
    [InlineData("DOB Jul 1963", new[] { "1963-07" })]
    [InlineData("DOB circa 1963", new[] { "1963" })]
    [InlineData("DOB 1960 to 1962", new[] { "1960", "1962" })]
    [InlineData("DOB 01 Jan 1960 to 31 Dec 1962", new[] { "1960-01-01", "1962-12-31" })]
    [InlineData("DOB Mar 1962 to Feb 1963", new[] { "1962-03", "1963-02" })]
    [InlineData("DOB circa 1979-1982", new[] { "1979", "1982" })]
    [InlineData("DOB 10 Dec 1948; alt. DOB 1950", new[] { "1948-12-10", "1950" })]
    public void Birth_dates_become_partial_ISO_dates(string remarks, string[] dates)
    {
        Assert.Equal(dates, OfacRemarksParser.Parse(remarks).Properties["birthDate"]);
    }

    [Theory]
    [InlineData("DOB 31 Feb 1963")]
    [InlineData("DOB sometime in the sixties")]
    public void A_birth_date_that_is_no_date_is_kept_as_a_note(string remarks)
    {
        var parsed = OfacRemarksParser.Parse(remarks);

        Assert.Empty(parsed.Properties["birthDate"]);
        Assert.Equal([remarks], parsed.Properties["notes"]);
    }

    [Theory]
    [InlineData("Passport A123 (Iran) issued 1999", "passportNumber", "A123 (Iran) issued 1999")]
    [InlineData("Cedula No. 7548733 (Colombia)", "idNumber", "Cedula No.: 7548733 (Colombia)")]
    [InlineData("Registration ID 1027800000084 (Russia)", "idNumber", "Registration ID: 1027800000084 (Russia)")]
    [InlineData("Company Number 07486049 (Czech Republic)", "idNumber", "Company Number: 07486049 (Czech Republic)")]
    [InlineData("Legal Entity Number 5299007NTWCC3U23WM81 (Czech Republic)", "idNumber", "Legal Entity Number: 5299007NTWCC3U23WM81 (Czech Republic)")]
    [InlineData("Email Address info@gicdf.org", "email", "info@gicdf.org")]
    [InlineData("Website www.gicdf.org", "website", "www.gicdf.org")]
    [InlineData("Telephone No. (022) 7363030", "phone", "(022) 7363030")]
    [InlineData("Digital Currency Address - ETH 0x901bb9583b24d97e995513c6778dc6888ab6870e", "cryptoWallet", "ETH 0x901bb9583b24d97e995513c6778dc6888ab6870e")]
    [InlineData("Vessel Registration Identification IMO 9486910", "imoNumber", "IMO9486910")]
    [InlineData("alt. nationality Korea, North", "nationality", "Korea, North")]
    [InlineData("citizen Russia", "citizenship", "Russia")]
    [InlineData("Gender Female", "gender", "female")]
    [InlineData("POB Toledo District, Belize", "birthPlace", "Toledo District, Belize")]
    [InlineData("Organization Established Date 21 Jul 2020", "incorporationDate", "2020-07-21")]
    public void A_labelled_item_becomes_its_FollowTheMoney_property(string remarks, string property, string value)
    {
        var parsed = OfacRemarksParser.Parse(remarks + ".");

        Assert.Equal([value], parsed.Properties[property]);
        Assert.Empty(parsed.Properties["notes"]);
    }

    [Fact]
    public void Known_and_former_names_become_aliases_without_their_quotes()
    {
        var parsed = OfacRemarksParser.Parse("a.k.a. 'HESA'; f.k.a. 'SHAHIN CO.'; n.k.a. 'AL-QA'IDA'.");

        Assert.Equal(["HESA", "SHAHIN CO.", "AL-QA'IDA"], parsed.Aliases);
    }

    [Fact]
    public void Linked_to_items_are_kept_with_their_words_for_resolving_later()
    {
        var parsed = OfacRemarksParser.Parse("Linked To: MAHAN AIR; Linked To: D'S SUPERMARKET COMPANY LTD.");

        Assert.Equal(
            [new OfacLink("MAHAN AIR", "Linked To: MAHAN AIR", null),
             new OfacLink("D'S SUPERMARKET COMPANY LTD.", "Linked To: D'S SUPERMARKET COMPANY LTD.", "D'S SUPERMARKET COMPANY LTD")],
            parsed.Links);
        Assert.Empty(parsed.Properties["notes"]);
    }

    [Fact]
    public void An_item_nobody_understands_is_kept_verbatim_as_a_note()
    {
        var parsed = OfacRemarksParser.Parse("Aircraft Operator Air Koryo; Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210; ICTY indictee.");

        Assert.Equal(
            ["Aircraft Operator Air Koryo", "Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210", "ICTY indictee."],
            parsed.Properties["notes"]);
    }

    [Fact]
    public void Empty_remarks_say_nothing()
    {
        var parsed = OfacRemarksParser.Parse(null);

        Assert.Empty(parsed.Properties.ToDictionary());
        Assert.Empty(parsed.Aliases);
        Assert.Empty(parsed.Links);
    }
}
