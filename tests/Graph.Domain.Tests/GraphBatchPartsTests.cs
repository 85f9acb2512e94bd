using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Domain.Tests;

/// <summary>How a store that writes parts as one batch (Neo4j) joins them, and the one rule a later part must keep.</summary>
public sealed class GraphBatchPartsTests
{
    [Fact]
    public void Joined_parts_keep_their_records_in_order_and_the_first_parts_deletions()
    {
        var joined = GraphBatchParts.Join([
            new GraphBatch([Person("p1")], [], [new Relationship("r1", "associate", "p1", "p2")]) { DeletedEntityIds = ["old"] },
            new GraphBatch([Person("p2"), Person("p3")], [new Sanction("s1", "ofac", "p2")], [new Relationship("r2", "associate", "p2", "p3")]),
        ]);

        Assert.Equal(["p1", "p2", "p3"], joined.Entities.Select(e => e.Id));
        Assert.Equal(["s1"], joined.Sanctions.Select(s => s.Id));
        Assert.Equal(["r1", "r2"], joined.Relationships.Select(r => r.Id));
        Assert.Equal(["old"], joined.DeletedEntityIds);
    }

    [Fact]
    public void A_later_part_that_deletes_is_refused_and_one_that_only_writes_is_not()
    {
        GraphBatchParts.RefuseDeletions(new GraphBatch([Person("p1")], [], []));

        foreach (var deleting in (GraphBatch[])[
                     new([], [], []) { DeletedEntityIds = ["p1"] }, new([], [], []) { DeletedSanctionIds = ["s1"] }, new([], [], []) { DeletedRelationshipIds = ["r1"] }])
        {
            Assert.Contains("Only the first part", Assert.Throws<ArgumentException>(() => GraphBatchParts.RefuseDeletions(deleting)).Message);
        }
    }

    private static Entity Person(string id) => new(id, EntityKind.Person, id);
}
