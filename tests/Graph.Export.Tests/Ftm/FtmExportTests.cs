using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Export.Ftm;
using Graph.Export.Tests.Infrastructure;
using Graph.Import;

namespace Graph.Export.Tests.Ftm;

/// <summary>
/// Export to FtM, import into a fresh store with the FtM importer, export again: every record comes back as it was,
/// with its sources and note, which the lines carry as top-level keys beside the FtM entity.
/// </summary>
public sealed class FtmExportTests
{
    [Fact]
    public async Task A_graph_with_names_that_need_escaping_survives_a_round_trip()
    {
        await using var first = await TempGraph.WithAsync(Some.Batch);

        var (before, after, second) = await RoundTripAsync(first);
        await using var _ = second;

        await AssertSameGraphAsync(first.Store, second.Store);
        Assert.Equal(Lines(before), Lines(after));
        var person = (await second.Store.GetEntitiesAsync([Some.Person.Id]))[Some.Person.Id];
        Assert.Equal([Some.Source], person.Sources);
        Assert.Equal(Some.Person.Note, person.Note);
        // Names stay readable; System.Text.Json escapes characters beyond the BMP (emoji) as surrogate pairs, which read back the same.
        Assert.All(Some.Scripts.Where(name => !name.Any(char.IsSurrogate)), name => Assert.Contains(name, before, StringComparison.Ordinal));
        Assert.Contains(@"\uD83E\uDD8A Fox", before, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_seed_graph_survives_a_round_trip()
    {
        await using var first = await TempGraph.WithSeedAsync();

        var (before, after, second) = await RoundTripAsync(first);
        await using var _ = second;

        await AssertSameGraphAsync(first.Store, second.Store);
        Assert.Equal(Lines(before), Lines(after));
        // The seed's facts are cited with quotes, and some carry an editor's note; none cites the export's file and line.
        Assert.Contains("\"quote\":", before, StringComparison.Ordinal);
        Assert.Contains("\"note\":", before, StringComparison.Ordinal);
        Assert.DoesNotContain("export.ftm.json, line", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_summary_counts_what_was_written()
    {
        await using var graph = await TempGraph.WithAsync(Some.Batch);
        using var output = new StringWriter();

        var summary = await FtmExport.WriteAsync(graph.Store, output);

        Assert.Equal(new ExportSummary(5, 2, 5), summary);
        // The event's plain participant goes back onto the event: one line fewer than records.
        Assert.Equal(5 + 2 + 5 - 1, Lines(output.ToString()).Count);
    }

    private static async Task<(string Before, string After, TempGraph Second)> RoundTripAsync(TempGraph first)
    {
        var before = await ExportAsync(first.Store);
        var second = await TempGraph.CreateAsync();
        var file = Path.Combine(second.Folder, "export.ftm.json");
        await File.WriteAllTextAsync(file, before);
        await second.ImportAsync(file, ImportFormats.Named("ftm"));
        return (before, await ExportAsync(second.Store), second);
    }

    private static async Task<string> ExportAsync(IGraphStore store)
    {
        using var output = new StringWriter();
        await FtmExport.WriteAsync(store, output);
        return output.ToString();
    }

    private static async Task AssertSameGraphAsync(IGraphStore expected, IGraphStore actual)
    {
        Assert.Equal(await expected.GetStatisticsAsync(), await actual.GetStatisticsAsync());
        var entities = await AllAsync(expected.ListEntitiesAsync, EntityFilter.All);
        Assert.Equal(entities.Select(Describe), (await AllAsync(actual.ListEntitiesAsync, EntityFilter.All)).Select(Describe));
        Assert.Equal((await AllAsync(expected.ListSanctionsAsync, SanctionFilter.All)).Select(Describe),
            (await AllAsync(actual.ListSanctionsAsync, SanctionFilter.All)).Select(Describe));
        var ids = entities.Select(e => e.Id).ToList();
        Assert.Equal((await expected.GetRelationshipsAsync(ids, RelationshipFilter.All)).Select(Describe).Order(StringComparer.Ordinal),
            (await actual.GetRelationshipsAsync(ids, RelationshipFilter.All)).Select(Describe).Order(StringComparer.Ordinal));
        await AssertSameProvenanceAsync(expected, actual, ids);
    }

    /// <summary>Every record cites the same sources, member by member, and has the same note.</summary>
    private static async Task AssertSameProvenanceAsync(IGraphStore expected, IGraphStore actual, List<string> entityIds)
    {
        var sanctionIds = (await AllAsync(expected.ListSanctionsAsync, SanctionFilter.All)).Select(s => s.Id).ToList();
        var relationships = (await expected.GetRelationshipsAsync(entityIds, RelationshipFilter.All)).DistinctBy(r => r.Id).ToList();
        var relationshipsBack = (await actual.GetRelationshipsAsync(entityIds, RelationshipFilter.All)).ToLookup(r => r.Id, StringComparer.Ordinal);
        Assert.NotEmpty(relationships);
        AssertSame(await expected.GetEntitiesAsync(entityIds), await actual.GetEntitiesAsync(entityIds), e => (e.Sources, e.Note));
        AssertSame(await expected.GetSanctionsAsync(sanctionIds), await actual.GetSanctionsAsync(sanctionIds), s => (s.Sources, s.Note));
        foreach (var relationship in relationships)
        {
            Assert.All(relationshipsBack[relationship.Id], back => AssertSame(relationship.Id, (relationship.Sources, relationship.Note), (back.Sources, back.Note)));
            Assert.NotEmpty(relationshipsBack[relationship.Id]);
        }
    }

    private static void AssertSame<T>(
        IReadOnlyDictionary<string, T> expected, IReadOnlyDictionary<string, T> actual, Func<T, (IReadOnlyList<Source>, string?)> provenance)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, record) in expected) AssertSame(id, provenance(record), provenance(actual[id]));
    }

    private static void AssertSame(string id, (IReadOnlyList<Source> Sources, string? Note) expected, (IReadOnlyList<Source> Sources, string? Note) actual)
    {
        Assert.True(expected.Sources.SequenceEqual(actual.Sources),
            $"{id}: sources [{string.Join(" | ", expected.Sources)}] came back as [{string.Join(" | ", actual.Sources)}]");
        Assert.True(expected.Note == actual.Note, $"{id}: note '{expected.Note}' came back as '{actual.Note}'");
    }

    private static async Task<List<T>> AllAsync<T, TFilter>(Func<TFilter, PageRequest, CancellationToken, Task<Page<T>>> list, TFilter filter)
    {
        var all = new List<T>();
        string? after = null;
        do
        {
            var page = await list(filter, new PageRequest(PageRequest.MaxSize, after), default);
            all.AddRange(page.Items.Select(i => i.Node));
            after = page.HasNextPage ? page.Items[^1].Cursor : null;
        }
        while (after is not null);
        return all;
    }

    private static List<string> Lines(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];

    private static string Describe(Entity e) =>
        $"{e.Id} {e.Kind} {e.Name} [{string.Join(" | ", e.Aliases)}] {{{string.Join(", ", e.Properties.Where(p => p.Value.Count > 0).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}=[{string.Join(" | ", p.Value)}]"))}}}";

    private static string Describe(Relationship r) => $"{r.Id} {r.Type} {r.FromId}->{r.ToId} role={r.Role} {r.StartDate}..{r.EndDate}";

    private static string Describe(Sanction s) =>
        $"{s.Id} {s.AuthorityId}->{s.TargetId} [{string.Join(" | ", s.Programs)}] [{string.Join(" | ", s.Provisions)}] {s.ListedOn}..{s.EndedOn} {s.Reason} {s.Dataset} {s.FirstSeen}..{s.LastSeen}";
}
