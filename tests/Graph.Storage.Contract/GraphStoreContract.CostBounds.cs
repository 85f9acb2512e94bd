using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task The_sanctions_bound_is_at_least_the_most_sanctions_one_entity_shows_with_its_same_as_links()
    {
        Assert.Equal(0, await Store.GetMaxSanctionsPerEntityAsync());
        await Write(
            [Some.Entity("ofac", EntityKind.PublicBody), Some.Person("a", "A"), Some.Person("b", "B"), Some.Person("c", "C")],
            [Some.Sanction("a1", "ofac", "a"), Some.Sanction("a2", "ofac", "a"), Some.Sanction("b1", "ofac", "b"), Some.Sanction("b2", "ofac", "b"), Some.Sanction("b3", "ofac", "b")],
            [Some.Tie("a", "b", RelationshipTypes.SameAs), Some.Tie("c", "a", RelationshipTypes.SameAs)]);

        var bound = await Store.GetMaxSanctionsPerEntityAsync();

        // a shows its own two, b's three and c's none; the bound may be looser, never tighter.
        Assert.True(bound >= 5, $"bound {bound}");
        Assert.True(bound <= 5 * 3, $"bound {bound} is looser than the data allows");
    }
}
