using Graph.Domain.Model;

namespace Graph.Import.Tests.Ftm;

public sealed class FtmSanctionTests
{
    private static readonly ParsedInput Parsed = FtmFixtures.Read("entities.ftm.json");

    [Fact]
    public void A_sanction_points_at_its_target_and_at_an_authority_known_by_name()
    {
        var sanction = Sanction("fx-sanction-ana");

        Assert.Equal("fx-person-ana", sanction.TargetId);
        Assert.Equal("authority-office-of-imaginary-assets-control", sanction.AuthorityId);
        Assert.Equal("Office of Imaginary Assets Control", Parsed.Authorities[sanction.AuthorityId]);
    }

    [Fact]
    public void Programmes_provisions_dates_reason_and_dataset_come_from_the_sanction()
    {
        var sanction = Sanction("fx-sanction-ana");

        Assert.Equal(["LANTERN-EO1", "WEATHER", "ZZ-WX"], sanction.Programs);
        Assert.Equal(["Block"], sanction.Provisions);
        Assert.Equal(PartialDate.Parse("2021-03-04"), sanction.ListedOn);
        Assert.Equal(PartialDate.Parse("2024"), sanction.EndedOn);
        Assert.Equal("Supplied lanterns; Controlled the weather", sanction.Reason);
        Assert.Equal("fx_sanctions_list", sanction.Dataset);
        Assert.Equal(PartialDate.Parse("2022-01-05"), sanction.FirstSeen);
        Assert.Equal(PartialDate.Parse("2024-06-01"), sanction.LastSeen);
        var source = Assert.Single(sanction.Sources);
        Assert.Equal("FollowTheMoney export (OpenSanctions: fx_sanctions_list, fx_other)", source.Title);
        Assert.Equal("https://example.org/lists/ana/sanction", source.Url);
    }

    [Fact]
    public void Without_an_authority_the_publisher_stands_in_and_a_start_date_is_the_listing()
    {
        var sanction = Sanction("fx-sanction-guild");

        Assert.Equal("authority-imaginary-trade-board", sanction.AuthorityId);
        Assert.Equal("Imaginary Trade Board", Parsed.Authorities[sanction.AuthorityId]);
        Assert.Equal(PartialDate.Parse("2019-11-02"), sanction.ListedOn);
        Assert.Null(sanction.Dataset);
    }

    [Fact]
    public void Without_authority_or_publisher_the_dataset_stands_in()
    {
        var sanction = Sanction("fx-sanction-tinware");

        Assert.Equal("authority-fx-sanctions-list", sanction.AuthorityId);
        Assert.Equal("fx_sanctions_list", Parsed.Authorities[sanction.AuthorityId]);
    }

    [Fact]
    public void Sanctions_are_not_entities() =>
        Assert.DoesNotContain(Parsed.Entities, e => e.Id.StartsWith("fx-sanction", StringComparison.Ordinal));

    private static Sanction Sanction(string id) => Assert.Single(Parsed.Sanctions, s => s.Id == id);
}
