using System.Text.Json;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Export.Copying;
using Graph.Export.Tests.Infrastructure;

namespace Graph.Export.Tests.Copying;

/// <summary>
/// The copy behind `graph migrate`, between two real SQLite stores: what the command does into Neo4j, checked
/// record by record where a store can be read back on this machine.
/// </summary>
public sealed class StoreCopyTests
{
    [Fact]
    public async Task The_seed_graph_arrives_record_for_record_in_insertion_order()
    {
        await using var source = await TempGraph.WithSeedAsync();
        await using var target = await TempGraph.CreateAsync();

        var copied = await StoreCopy.CopyAsync(source.Store, target.Store);

        var expected = await source.Store.GetStatisticsAsync();
        Assert.Equal(expected, await target.Store.GetStatisticsAsync());
        Assert.Equal((expected.Entities, expected.Sanctions, expected.Relationships), (copied.Entities, copied.Sanctions, copied.Relationships));
        Assert.Equal(await AllAsync(source.Store), await AllAsync(target.Store));
    }

    [Fact]
    public async Task Special_characters_survive_and_copying_again_changes_nothing()
    {
        await using var source = await TempGraph.WithAsync(Some.Batch);
        await using var target = await TempGraph.CreateAsync();

        await StoreCopy.CopyAsync(source.Store, target.Store);
        var once = await AllAsync(target.Store);
        await StoreCopy.CopyAsync(source.Store, target.Store);

        Assert.Equal(await AllAsync(source.Store), once);
        Assert.Equal(once, await AllAsync(target.Store));
        Assert.Equal(await source.Store.GetStatisticsAsync(), await target.Store.GetStatisticsAsync());
    }

    [Fact]
    public async Task Progress_counts_up_to_what_was_copied()
    {
        await using var source = await TempGraph.WithSeedAsync();
        await using var target = await TempGraph.CreateAsync();
        var reports = new List<CopyProgress>();

        var copied = await StoreCopy.CopyAsync(source.Store, target.Store, new SynchronousProgress(reports.Add));

        Assert.Equal(copied, reports[^1]);
        Assert.True(reports.Count >= 3, "one report per page of entities, sanctions and relationships");
    }

    /// <summary>Every record of a store as JSON, entities and sanctions in insertion order, relationships by id.</summary>
    private static async Task<string> AllAsync(IGraphStore store)
    {
        var entities = (await store.ListEntitiesAsync(EntityFilter.All, new PageRequest(PageRequest.MaxSize, null))).Items.Select(e => e.Node).ToList();
        var sanctions = (await store.ListSanctionsAsync(SanctionFilter.All, new PageRequest(PageRequest.MaxSize, null))).Items.Select(s => s.Node).ToList();
        var relationships = (await store.GetRelationshipsAsync([.. entities.Select(e => e.Id)], RelationshipFilter.All))
            .DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        return JsonSerializer.Serialize(new { entities, sanctions, relationships });
    }

    private sealed class SynchronousProgress(Action<CopyProgress> report) : IProgress<CopyProgress>
    {
        public void Report(CopyProgress value) => report(value);
    }
}
