using Graph.Domain.Model;

namespace Graph.Domain.Tests;

public sealed class RelationshipTests
{
    [Fact]
    public void The_other_end_is_seen_from_either_side()
    {
        var tie = new Relationship("r", "family", "a", "b");

        Assert.Equal("b", tie.OtherEnd("a"));
        Assert.Equal("a", tie.OtherEnd("b"));
    }

    [Theory]
    [InlineData("membership", true)]
    [InlineData("occupancy", true)]
    [InlineData("Membership", false)]
    [InlineData("friendship", false)]
    public void Only_the_listed_relationship_types_are_known(string type, bool known) =>
        Assert.Equal(known, RelationshipTypes.IsKnown(type));
}
