namespace Graph.Import.Tests.Un;

/// <summary>Bad entries are rejected by file, line and element while reading goes on; a broken file is one rejection where it breaks.</summary>
public sealed class UnRejectionTests
{
    private static ImportError Single(ParsedInput input) => Assert.Single(input.Rejected);

    private static int LineOf(string text, string fragment) =>
        text[..text.IndexOf(fragment, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Theory]
    [InlineData("<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1972-13-01</DATE></INDIVIDUAL_DATE_OF_BIRTH>", "INDIVIDUAL_DATE_OF_BIRTH/DATE")]
    [InlineData("<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><YEAR>72</YEAR></INDIVIDUAL_DATE_OF_BIRTH>", "INDIVIDUAL_DATE_OF_BIRTH/YEAR")]
    [InlineData("<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>SOMETIME</TYPE_OF_DATE><YEAR>1972</YEAR></INDIVIDUAL_DATE_OF_BIRTH>", "INDIVIDUAL_DATE_OF_BIRTH/TYPE_OF_DATE")]
    [InlineData("<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1975</FROM_YEAR><TO_YEAR>1973</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH>", "INDIVIDUAL_DATE_OF_BIRTH/TO_YEAR")]
    [InlineData("<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1975</FROM_YEAR></INDIVIDUAL_DATE_OF_BIRTH>", "INDIVIDUAL_DATE_OF_BIRTH/FROM_YEAR")]
    [InlineData("<INDIVIDUAL_ALIAS><QUALITY>Medium</QUALITY><ALIAS_NAME>Ana M</ALIAS_NAME></INDIVIDUAL_ALIAS>", "INDIVIDUAL_ALIAS/QUALITY")]
    [InlineData("<INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>A1</NUMBER><DATE_OF_ISSUE>12 Oct 2012</DATE_OF_ISSUE></INDIVIDUAL_DOCUMENT>", "INDIVIDUAL_DOCUMENT/DATE_OF_ISSUE")]
    public void A_bad_element_rejects_its_entry_naming_its_line_and_path_and_the_others_are_read(string element, string field)
    {
        var text = UnFixture.List(UnFixture.Individual(1) + "\n" + UnFixture.Individual(2, "      " + element));

        var input = UnFixture.ReadText(text);

        var error = Single(input);
        Assert.Equal(("list.xml", field), (error.File, error.Field));
        Assert.Equal(LineOf(text, element), error.Line);
        Assert.Equal(["un-1"], input.Entities.Select(e => e.Id));
        Assert.Equal(["un-sanction-1"], input.Sanctions.Select(s => s.Id));
    }

    [Fact]
    public void An_entry_without_its_name_regime_or_reference_is_rejected_for_each()
    {
        var entry = """
                <INDIVIDUAL>
                  <DATAID>7</DATAID>
                  <FIRST_NAME/>
                  <LISTED_ON>2012-12-31</LISTED_ON>
                </INDIVIDUAL>
            """;
        var text = UnFixture.List(entry);

        var input = UnFixture.ReadText(text);

        Assert.Equal(["FIRST_NAME", "UN_LIST_TYPE", "REFERENCE_NUMBER"], input.Rejected.Select(e => e.Field));
        Assert.Equal(LineOf(text, "<FIRST_NAME/>"), input.Rejected[0].Line);
        Assert.Equal(LineOf(text, "<INDIVIDUAL>"), input.Rejected[1].Line);
        Assert.Empty(input.Entities);
        Assert.Empty(input.Sanctions);
    }

    [Theory]
    [InlineData("<DATAID>x12</DATAID>", "DATAID")]
    [InlineData("<LISTED_ON>31 Dec 2012</LISTED_ON>", "LISTED_ON")]
    public void A_bad_data_id_or_listing_date_is_rejected(string replacement, string field)
    {
        var entry = UnFixture.Individual(5);
        entry = field == "DATAID" ? entry.Replace("<DATAID>5</DATAID>", replacement, StringComparison.Ordinal) : entry.Replace("<LISTED_ON>2012-12-31</LISTED_ON>", replacement, StringComparison.Ordinal);
        var text = UnFixture.List(entry);

        var error = Single(UnFixture.ReadText(text));

        Assert.Equal(field, error.Field);
        Assert.Equal(LineOf(text, replacement), error.Line);
    }

    [Fact]
    public void A_data_id_used_twice_rejects_the_second_entry_naming_the_first()
    {
        var text = UnFixture.List(UnFixture.Individual(3) + "\n" + UnFixture.Individual(3, firstName: "OTHER"));

        var input = UnFixture.ReadText(text);

        var error = Single(input);
        Assert.Equal("DATAID", error.Field);
        Assert.Contains($"line {LineOf(text, "<INDIVIDUAL>")}", error.Message, StringComparison.Ordinal);
        Assert.Equal("ANA MORENO", Assert.Single(input.Entities).Name);
    }

    [Fact]
    public void A_file_that_breaks_off_is_rejected_where_it_breaks_and_is_no_complete_publication()
    {
        var text = UnFixture.List(UnFixture.Individual(1) + "\n" + UnFixture.Individual(2));
        var cut = text[..text.IndexOf("<DATAID>2</DATAID>", StringComparison.Ordinal)] + "<DATAID>2</DAT";

        var input = UnFixture.ReadText(cut);

        var error = Single(input);
        Assert.Equal(("list.xml", "(xml)"), (error.File, error.Field));
        Assert.Equal(LineOf(cut, "<DATAID>2<"), error.Line);
        Assert.Equal(["un-1"], input.Entities.Select(e => e.Id));
        Assert.Null(input.Publication);
    }

    [Fact]
    public void A_document_type_definition_is_refused_and_no_entity_expands()
    {
        var text = """
            <?xml version="1.0"?>
            <!DOCTYPE CONSOLIDATED_LIST [<!ENTITY boom "boom">]>
            <CONSOLIDATED_LIST><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>
            """;

        var error = Single(UnFixture.ReadText(text));

        // .NET refuses a DTD without saying on which line it stands.
        Assert.Equal(("list.xml", "(xml)"), (error.File, error.Field));
        Assert.Contains("DTD is prohibited", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_root_element_is_one_rejection_naming_it()
    {
        var error = Single(UnFixture.ReadText("<?xml version=\"1.0\"?>\n<export><sanctionEntity/></export>"));

        Assert.Equal(("(root)", 2), (error.Field, error.Line));
        Assert.Contains("<export>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_without_entries_is_one_rejection_naming_it()
    {
        var input = UnFixture.ReadText(UnFixture.List(""));

        var error = Single(input);
        Assert.Equal(("CONSOLIDATED_LIST", 2), (error.Field, error.Line));
    }

    [Fact]
    public void An_element_out_of_place_is_rejected_and_the_entries_around_it_are_read()
    {
        var text = UnFixture.List(UnFixture.Individual(1) + "\n    <ENTITY><DATAID>4</DATAID></ENTITY>");

        var input = UnFixture.ReadText(text);

        var error = Single(input);
        Assert.Equal(("ENTITY", LineOf(text, "<ENTITY>")), (error.Field, error.Line));
        Assert.Equal(["un-1"], input.Entities.Select(e => e.Id));
    }

    [Fact]
    public void A_bad_dateGenerated_is_rejected_on_the_root_line()
    {
        var error = Single(UnFixture.ReadText(UnFixture.List(UnFixture.Individual(1), dateGenerated: "yesterday")));

        Assert.Equal(("CONSOLIDATED_LIST/dateGenerated", 2), (error.Field, error.Line));
    }

    [Fact]
    public void A_missing_file_cannot_be_read_at_all()
    {
        var error = Assert.Throws<ImportFailedException>(() => UnFixture.Read("no-such.xml"));

        Assert.Equal("(path)", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public async Task Bytes_that_are_not_utf_8_are_rejected_at_their_line()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"un-{Guid.NewGuid():N}.xml");
        var text = UnFixture.List(UnFixture.Individual(1) + "\n" + UnFixture.Individual(2, firstName: "BAR\u00ffKA"));
        File.WriteAllBytes(path, System.Text.Encoding.UTF8.GetBytes(text).Select(b => b == 0xC3 ? (byte)0xFF : b).ToArray());
        try
        {
            var input = await new Graph.Import.Un.UnXmlReader().ReadAsync(Graph.Import.Reading.ImportSource.FromPath(path), UnFixture.ImportDay, CancellationToken.None);

            var error = Single(input);
            Assert.Equal(("(xml)", LineOf(text, "BAR")), (error.Field, error.Line));
            Assert.Null(input.Publication);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_entry_nested_deeper_than_any_entry_of_the_list_is_rejected_and_the_others_are_read()
    {
        var deep = string.Concat(Enumerable.Repeat("<a>", 100_000)) + "x" + string.Concat(Enumerable.Repeat("</a>", 100_000));
        var text = UnFixture.List(UnFixture.Individual(1, $"      <COMMENTS1>{deep}</COMMENTS1>") + "\n" + UnFixture.Individual(2));

        var input = UnFixture.ReadText(text);

        var error = Single(input);
        Assert.Equal(("INDIVIDUAL", LineOf(text, "<COMMENTS1>")), (error.Field, error.Line));
        Assert.Equal(["un-2"], input.Entities.Select(e => e.Id));
    }
}
