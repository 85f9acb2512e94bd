using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Storage.Contract;

/// <summary>A write in parts is one batch's write: its lists joined in order, in one transaction.</summary>
public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task A_write_in_parts_holds_every_part_and_a_relationship_may_name_an_entity_of_a_later_part()
    {
        await Store.WriteInPartsAsync(Parts(
            new GraphBatch([Some.Person("p1", "Sadio Camara")], [], [Some.Tie("p1", "p2", id: "r1")]),
            new GraphBatch([Some.Person("p2", "Ismaël Wagué")], [Some.Sanction("s1", "p1", "p2")], [])));

        Assert.Equal(new GraphStatistics(2, 1, 1), await Store.GetStatisticsAsync());
        var tie = (await Store.GetRelationshipsByIdAsync(["r1"]))["r1"];
        Assert.Equal(("p1", "p2"), (tie.FromId, tie.ToId));
        Assert.Equal(["s1"], (await Store.GetSanctionsTargetingAsync(["p2"], SanctionTiming.Any)).Select(s => s.Id));
    }

    [SkippableFact]
    public async Task A_write_in_parts_whose_sequence_fails_after_its_first_part_writes_nothing()
    {
        await Write([Some.Person("kept", "Assimi Goïta")]);

        var failure = await Assert.ThrowsAsync<InvalidDataException>(() => Store.WriteInPartsAsync(Parts(
            new GraphBatch([Some.Person("p1", "Sadio Camara")], [], []),
            new GraphBatch([Some.Person("p2", "Ismaël Wagué")], [], []),
            new InvalidDataException("line 9 of the input is broken"))));

        Assert.Equal("line 9 of the input is broken", failure.Message);
        Assert.Equal(new GraphStatistics(1, 0, 0), await Store.GetStatisticsAsync());
        Assert.Empty(await Store.GetEntitiesAsync(["p1", "p2"]));
    }

    [SkippableFact]
    public async Task A_write_in_parts_may_delete_only_in_its_first_part()
    {
        await Write([Some.Person("p1", "Sadio Camara"), Some.Person("p2", "Ismaël Wagué")]);

        await Store.WriteInPartsAsync(Parts(
            new GraphBatch([], [], []) { DeletedEntityIds = ["p1"] },
            new GraphBatch([Some.Person("p3", "Alou Boï Diarra")], [], [])));
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Store.WriteInPartsAsync(Parts(
            new GraphBatch([Some.Person("p4", "Modibo Koné")], [], []),
            new GraphBatch([], [], []) { DeletedEntityIds = ["p2"] })));

        Assert.Contains("Only the first part", refused.Message);
        Assert.Equal(["p2", "p3"], (await Store.GetEntitiesAsync(["p1", "p2", "p3", "p4"])).Keys.Order());
    }

    /// <summary>The parts, each handed out after a pause, as a reader would; an exception among them is thrown in its turn.</summary>
    private static async IAsyncEnumerable<GraphBatch> Parts(params object[] parts)
    {
        foreach (var part in parts)
        {
            await Task.Delay(10);
            if (part is Exception failure) throw failure;
            yield return (GraphBatch)part;
        }
    }
}
