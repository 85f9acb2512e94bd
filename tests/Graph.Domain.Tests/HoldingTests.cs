using Graph.Domain.Model;

namespace Graph.Domain.Tests;

public sealed class HoldingTests
{
    [Theory]
    [InlineData("2023-07-24", null, "2023-07-23", false)]
    [InlineData("2023-07-24", null, "2023-07-24", true)]
    [InlineData("2023-07", null, "2023-07-15", true)]
    [InlineData("2023", null, "2023-01-01", true)]
    [InlineData("2023-07-24", "2024-05-01", "2024-04-30", true)]
    [InlineData("2023-07-24", "2024-05-01", "2024-05-01", false)]
    [InlineData("2023-07-24", "2024", "2024-06-01", true)]
    [InlineData("2023-07-24", "2024", "2024-12-31", false)]
    public void A_sanction_holds_from_its_listing_until_its_end(string listed, string? ended, string day, bool holds)
    {
        var sanction = new Sanction("s", "ofac", "p") { ListedOn = PartialDate.Parse(listed), EndedOn = ended is null ? null : PartialDate.Parse(ended) };

        Assert.Equal(holds, sanction.HoldsOn(DateOnly.Parse(day)));
    }

    [Fact]
    public void A_sanction_without_a_listing_date_holds_from_the_first_publication_that_carried_it()
    {
        var imported = new Sanction("ofac-1", "ofac", "p") { FirstSeen = PartialDate.Parse("2021-07-07"), LastSeen = PartialDate.Parse("2021-07-21") };
        var undated = new Sanction("s", "ofac", "p");

        Assert.False(imported.HoldsOn(new DateOnly(2021, 7, 6)));
        Assert.True(imported.HoldsOn(new DateOnly(2021, 7, 7)));
        Assert.Equal(PartialDate.Parse("2021-07-07"), imported.Start());
        Assert.True(undated.HoldsOn(new DateOnly(1900, 1, 1)));
    }

    [Theory]
    [InlineData(null, null, "1990-01-01", true)]
    [InlineData("2021-06", null, "2021-06-30", true)]
    [InlineData("2021-06", null, "2021-05-31", false)]
    [InlineData(null, "2022", "2022-12-31", true)]
    [InlineData(null, "2022", "2023-01-01", false)]
    public void A_relationship_holds_within_its_dates_and_open_ends_are_open(string? start, string? end, string day, bool holds)
    {
        var tie = new Relationship("r", "occupancy", "p", "minister")
        {
            StartDate = start is null ? null : PartialDate.Parse(start),
            EndDate = end is null ? null : PartialDate.Parse(end),
        };

        Assert.Equal(holds, tie.HoldsOn(DateOnly.Parse(day)));
    }
}
