namespace Graph.Import.Tests.OfacAdvancedXml;

/// <summary>Bad records of an SDN Advanced XML file are rejected by file, line and field while the rest is read; a malformed file delists nothing.</summary>
public sealed class BrokenOfacAdvancedXmlTests
{
    [Fact]
    public void A_bad_party_a_bad_entry_date_and_an_entry_naming_an_unknown_profile_are_rejected_by_their_lines()
    {
        var input = OfacAdvancedXmlFixture.Read("malformed", "bad-records.xml");

        Assert.Equal(
        [
            (342, "Profile/Feature/@FeatureTypeID"),
            (532, "SanctionsEntry/EntryEvent/Date"),
            (562, "SanctionsEntry/@ProfileID"),
        ], input.Rejected.Select(e => (e.Line, e.Field)));
        Assert.All(input.Rejected, e => Assert.Equal("bad-records.xml", e.File));
        Assert.Contains("names FeatureType 999", input.Rejected[0].Message);
        Assert.Contains("Month '13'", input.Rejected[1].Message);
        Assert.Contains("'77777' names no profile", input.Rejected[2].Message);
        // The vessel is rejected with its entry; the person with the bad date keeps its entity but has no sanction.
        Assert.Equal(["ofac-2676", "ofac-90001", "ofac-90002"], input.Entities.Select(e => e.Id));
        Assert.Equal(["ofac-2676", "ofac-90002"], input.Sanctions.Select(s => s.Id));
        Assert.NotNull(input.Publication);
    }

    [Fact]
    public void A_malformed_file_is_one_rejection_at_its_line_and_states_no_publication_so_nothing_is_delisted()
    {
        var input = OfacAdvancedXmlFixture.Read("malformed", "broken.xml");

        var error = Assert.Single(input.Rejected);
        Assert.Equal(("broken.xml", 384, "(xml)"), (error.File, error.Line, error.Field));
        Assert.Equal(["ofac-2676", "ofac-4234"], input.Entities.Select(e => e.Id));
        Assert.Null(input.Publication);
    }

    [Fact]
    public async Task A_file_without_parties_is_one_rejection()
    {
        var input = await ImportFormats.Named("ofac-xml").Reader.ReadAsync(Graph.Import.Reading.ImportSource.FromText("SDN_ADVANCED.XML", """
            <?xml version="1.0" encoding="utf-8"?>
            <Sanctions xmlns="http://www.un.org/sanctions/1.0" Version="1">
              <DistinctParties />
            </Sanctions>
            """), new DateOnly(2021, 7, 8), CancellationToken.None);

        var error = Assert.Single(input.Rejected);
        Assert.Equal((2, "DistinctParties/DistinctParty"), (error.Line, error.Field));
        Assert.Null(input.Publication);
    }
}
