using Graph.Domain.Model;

namespace Graph.Domain.Tests;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2023", "2023-01-01", "2023-12-31")]
    [InlineData("2023-02", "2023-02-01", "2023-02-28")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2023-07-24", "2023-07-24", "2023-07-24")]
    public void A_partial_date_spans_every_day_it_can_stand_for(string text, string earliest, string latest)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(DateOnly.Parse(earliest), date.Earliest);
        Assert.Equal(DateOnly.Parse(latest), date.Latest);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("23")]
    [InlineData("2023-13")]
    [InlineData("2023-02-30")]
    [InlineData("2023-7-24")]
    [InlineData("2023-07-24-01")]
    [InlineData("July 2023")]
    [InlineData("+2023")]
    public void Text_that_is_not_an_iso_date_is_refused(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
    }

    [Fact]
    public void Dates_order_by_their_first_day_then_less_precise_first()
    {
        var dates = new[] { "2023-07-24", "2023-07", "2022", "2023" }.Select(PartialDate.Parse).Order().Select(d => d.ToString());

        Assert.Equal(["2022", "2023", "2023-07", "2023-07-24"], dates);
    }

    [Fact]
    public void A_month_covers_its_days_and_no_others()
    {
        var july = PartialDate.Parse("2023-07");

        Assert.True(july.Covers(new DateOnly(2023, 7, 31)));
        Assert.False(july.Covers(new DateOnly(2023, 8, 1)));
    }
}
