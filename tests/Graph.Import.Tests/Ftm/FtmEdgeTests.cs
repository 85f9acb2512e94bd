using Graph.Domain.Model;

namespace Graph.Import.Tests.Ftm;

public sealed class FtmEdgeTests
{
    private static readonly ParsedInput Parsed = FtmFixtures.Read("entities.ftm.json");

    [Theory]
    [InlineData("fx-own-1", "ownership", "fx-person-ana", "fx-company-tinware", "shareholder (51%)")]
    [InlineData("fx-own-2", "ownership", "fx-org-guild", "fx-vessel-gull", "100%")]
    [InlineData("fx-dir-1", "directorship", "fx-person-ana", "fx-legal-foundry", "Chair")]
    [InlineData("fx-mem-1", "membership", "fx-person-noname", "fx-org-guild", "apprentice")]
    [InlineData("fx-emp-1", "employment", "fx-person-noname", "fx-company-tinware", "Tinsmith")]
    [InlineData("fx-fam-1", "family", "fx-person-ana", "fx-person-noname", "cousin")]
    [InlineData("fx-assoc-1", "associate", "fx-person-noname", "fx-person-ana", "business partner")]
    [InlineData("fx-occ-1", "occupancy", "fx-person-ana", "fx-position-minister", null)]
    [InlineData("fx-link-1", "unknown", "fx-org-guild", "fx-legal-foundry", "supplier")]
    [InlineData("fx-rep-1", "representation", "fx-person-noname", "fx-company-tinware", "nominee")]
    [InlineData("fx-pay-1", "payment", "fx-company-tinware", "fx-org-guild", "2500 ZZD")]
    [InlineData("fx-pay-2", "payment", "fx-person-ana", "fx-org-guild", "donation")]
    [InlineData("fx-pay-3", "payment", "fx-person-ana", "fx-body-ministry", "75.5 EUR")]
    public void Each_edge_schema_becomes_a_relationship_with_its_direction_and_role(string id, string type, string from, string to, string? role)
    {
        var relationship = Relationship(id);

        Assert.Equal((type, from, to, role), (relationship.Type, relationship.FromId, relationship.ToId, relationship.Role));
        Assert.True(RelationshipTypes.IsKnown(relationship.Type));
    }

    [Fact]
    public void Start_and_end_dates_keep_their_precision_and_drop_the_time_of_a_timestamp()
    {
        Assert.Equal((PartialDate.Parse("2015-06-01"), null), Dates("fx-own-1"));
        Assert.Equal((null, PartialDate.Parse("2018")), Dates("fx-dir-1"));
        Assert.Equal((PartialDate.Parse("2016"), PartialDate.Parse("2019-02")), Dates("fx-occ-1"));
    }

    [Fact]
    public void A_payment_dated_by_date_starts_on_that_date() =>
        Assert.Equal((PartialDate.Parse("2011-12-29"), null), Dates("fx-pay-1"));

    [Fact]
    public void Edges_are_relationships_not_entities() =>
        Assert.DoesNotContain(Parsed.Entities, e => e.Id.StartsWith("fx-own", StringComparison.Ordinal));

    private static (PartialDate?, PartialDate?) Dates(string id) => (Relationship(id).StartDate, Relationship(id).EndDate);

    private static Relationship Relationship(string id) => Assert.Single(Parsed.Relationships, r => r.Id == id);
}
