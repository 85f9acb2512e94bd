namespace Graph.Import.Tests.OfacXml;

/// <summary>Bad records are rejected by file, line and field while the rest is read; a file that is neither OFAC XML flavour is one rejection.</summary>
public sealed class BrokenOfacXmlTests
{
    [Fact]
    public void Each_bad_entity_is_rejected_by_the_line_and_field_of_what_is_wrong_and_the_good_one_is_kept()
    {
        var input = OfacXmlFixture.Read("malformed", "bad-records.xml");

        Assert.Equal(
        [
            (89, "generalInfo/entityType"),
            (129, "sanctionsLists/sanctionsList/@datePublished"),
            (176, "names/name"),
            (197, "entity/@id"),
            (272, "relationships/relationship/type"),
            (273, "relationships/relationship/relatedEntity/@entityId"),
        ], input.Rejected.Select(e => (e.Line, e.Field)));
        Assert.All(input.Rejected, e => Assert.Equal("bad-records.xml", e.File));
        Assert.Contains("already used on line 49", input.Rejected[3].Message);
        Assert.Equal(["ofac-101"], input.Entities.Select(e => e.Id));
        Assert.Equal(["ofac-101-91469"], input.Sanctions.Select(s => s.Id));
        Assert.NotNull(input.Publication);
    }

    [Fact]
    public void A_malformed_file_is_one_rejection_at_its_line_and_states_no_publication_so_nothing_is_delisted()
    {
        var input = OfacXmlFixture.Read("malformed", "broken.xml");

        var error = Assert.Single(input.Rejected);
        Assert.Equal(("broken.xml", 121, "(xml)"), (error.File, error.Line, error.Field));
        Assert.Null(input.Publication);
    }

    [Fact]
    public void Another_root_is_one_rejection_naming_it()
    {
        var input = OfacXmlFixture.Read("malformed", "wrong-root.xml");

        var error = Assert.Single(input.Rejected);
        Assert.Equal((2, "(root)"), (error.Line, error.Field));
        Assert.Contains("'CONSOLIDATED_LIST' in ''", error.Message);
        // Both OFAC XML flavours are named: Enhanced XML's root and SDN Advanced XML's.
        Assert.Contains("'sanctionsData' in 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML'", error.Message);
        Assert.Contains("'Sanctions' in 'http://www.un.org/sanctions/1.0'", error.Message);
        Assert.Empty(input.Entities);
        Assert.Null(input.Publication);
    }

    [Fact]
    public void A_file_without_entities_is_one_rejection()
    {
        var input = OfacXmlFixture.Read("malformed", "empty.xml");

        var error = Assert.Single(input.Rejected);
        Assert.Equal("entities/entity", error.Field);
        Assert.Null(input.Publication);
    }

    [Fact]
    public void A_DTD_is_refused_and_its_external_entity_never_read()
    {
        var input = OfacXmlFixture.Read("malformed", "dtd.xml");

        var error = Assert.Single(input.Rejected);
        Assert.Equal(("dtd.xml", "(xml)"), (error.File, error.Field));
        Assert.Contains("DTD", error.Message);
        Assert.Empty(input.Entities);
    }

    [Fact]
    public void A_folder_without_an_XML_file_cannot_be_opened()
    {
        Assert.Throws<ImportFailedException>(() => OfacXmlFixture.Read("no-such-folder"));
    }
}
