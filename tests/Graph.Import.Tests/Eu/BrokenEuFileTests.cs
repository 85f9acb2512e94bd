namespace Graph.Import.Tests.Eu;

/// <summary>Entries that break a rule are rejected by file, line and field while the rest is read; files that are no publication are one rejection.</summary>
public sealed class BrokenEuFileTests
{
    [Fact]
    public void Each_bad_entry_is_rejected_naming_its_line_and_field_and_the_good_one_is_read()
    {
        var input = EuFixture.Read("bad-entries.xml");

        Assert.Equal(
            [
                (3, "logicalId"),
                (8, "subjectType.code"),
                (11, "designationDate"),
                (12, "regulation[0].publicationDate"),
                (13, "regulation[0].publicationUrl"),
                (16, "nameAlias[0].strong"),
                (17, "birthdate[0].circa"),
                (17, "birthdate[0].year"),
                (17, "birthdate[0].monthOfYear"),
                (19, "nameAlias"),
                (27, "logicalId"),
                (31, "subjectType"),
            ],
            input.Rejected.Select(e => (e.Line, e.Field)));
        Assert.All(input.Rejected, e => Assert.EndsWith("bad-entries.xml", e.File, StringComparison.Ordinal));
        Assert.Equal("the logicalId 50 is already used on line 23.", input.Rejected[10].Message);
        Assert.Equal("'vessel' is not a subject type; the EU lists a person or an enterprise.", input.Rejected[1].Message);
        Assert.Equal("'25.02.2022' is not a day of the form YYYY-MM-DD.", input.Rejected[3].Message);
        Assert.Equal(["eu-50"], input.Entities.Select(e => e.Id));
        Assert.Equal("Good Company", input.Entities[0].Name);
        Assert.Equal(["eu-sanction-50"], input.Sanctions.Select(s => s.Id));
    }

    [Fact]
    public void A_file_that_is_not_well_formed_is_one_rejection_at_its_line_and_nothing_is_imported()
    {
        var input = EuFixture.Read("malformed.xml");

        var error = Assert.Single(input.Rejected);
        Assert.Equal((9, "(xml)"), (error.Line, error.Field));
        Assert.StartsWith("the file is not well-formed XML: ", error.Message, StringComparison.Ordinal);
        Assert.Empty(input.Entities);
        Assert.Empty(input.Sanctions);
        Assert.Null(input.Publication);
    }

    [Fact]
    public void A_DTD_is_refused_and_its_entities_are_never_expanded()
    {
        var input = EuFixture.Read("dtd.xml");

        var error = Assert.Single(input.Rejected);
        Assert.Equal((2, "(xml)"), (error.Line, error.Field));
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
        Assert.Empty(input.Entities);
    }

    [Fact]
    public void Another_root_is_one_rejection_naming_it()
    {
        var input = EuFixture.Read("wrong-root.xml");

        var error = Assert.Single(input.Rejected);
        Assert.Equal((2, "(root)"), (error.Line, error.Field));
        Assert.Contains("<CONSOLIDATED_LIST>", error.Message, StringComparison.Ordinal);
        Assert.Null(input.Publication);
    }

    [Fact]
    public void The_right_root_in_no_namespace_is_another_root()
    {
        var input = EuFixture.ReadText("<export generationDate=\"2024-05-02T10:00:00\"><sanctionEntity logicalId=\"1\"/></export>");

        Assert.Equal("(root)", Assert.Single(input.Rejected).Field);
    }

    [Fact]
    public void A_file_without_entries_is_one_rejection_and_no_publication_so_nothing_is_delisted()
    {
        var input = EuFixture.Read("empty.xml");

        var error = Assert.Single(input.Rejected);
        Assert.Equal((2, "sanctionEntity"), (error.Line, error.Field));
        Assert.Null(input.Publication);
    }

    [Fact]
    public void A_bad_generationDate_is_rejected_and_the_day_given_is_used()
    {
        var input = EuFixture.ReadText("""
            <export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="yesterday">
              <sanctionEntity logicalId="7"><subjectType code="person" classificationCode="P"/><nameAlias wholeName="Someone" strong="true"/></sanctionEntity>
            </export>
            """);

        var error = Assert.Single(input.Rejected);
        Assert.Equal(("eu.xml", 1, "generationDate"), (error.File, error.Line, error.Field));
        Assert.Equal(EuFixture.Fallback, input.Publication!.PublishedOn);
        Assert.Single(input.Entities);
    }

    [Fact]
    public void Elements_nested_deeper_than_the_format_reject_their_entry()
    {
        var deep = string.Concat(Enumerable.Repeat("<remark>", 200)) + string.Concat(Enumerable.Repeat("</remark>", 200));
        var input = EuFixture.ReadText($"""
            <export xmlns="http://eu.europa.ec/fpi/fsd/export">
              <sanctionEntity logicalId="7"><subjectType code="person"/><nameAlias wholeName="Deep" strong="true"/>{deep}</sanctionEntity>
              <sanctionEntity logicalId="8"><subjectType code="person"/><nameAlias wholeName="Flat" strong="true"/></sanctionEntity>
            </export>
            """);

        Assert.Equal((2, "(record)"), (Assert.Single(input.Rejected).Line, input.Rejected[0].Field));
        Assert.Equal(["eu-8"], input.Entities.Select(e => e.Id));
    }

    [Fact]
    public void A_missing_file_cannot_be_opened()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-eu-file.xml");

        var error = Assert.Throws<ImportFailedException>(() => ImportFormats.Named("eu-xml").Reader
            .ReadAsync(Graph.Import.Reading.ImportSource.FromPath(missing), EuFixture.Fallback, CancellationToken.None).GetAwaiter().GetResult());

        Assert.Equal("(path)", Assert.Single(error.Errors).Field);
    }
}
