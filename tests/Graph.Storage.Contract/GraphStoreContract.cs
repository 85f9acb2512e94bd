using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Storage.Contract;

/// <summary>
/// What every <see cref="IGraphStore"/> must do. Each store's test project inherits this class and says how
/// to make a fresh, empty store; every test gets its own.
/// </summary>
public abstract partial class GraphStoreContract : IAsyncLifetime
{
    private IGraphStore? _store;

    protected IGraphStore Store => _store ?? throw new InvalidOperationException("The store is made in InitializeAsync.");

    /// <summary>A new store over empty storage of its own.</summary>
    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    public async Task InitializeAsync()
    {
        _store = await CreateEmptyStoreAsync();
        await _store.InitializeAsync();
    }

    public virtual Task DisposeAsync()
    {
        (_store as IDisposable)?.Dispose();
        return Task.CompletedTask;
    }

    protected Task Write(IEnumerable<Entity>? entities = null, IEnumerable<Sanction>? sanctions = null, IEnumerable<Relationship>? relationships = null) =>
        Store.WriteAsync(new GraphBatch([.. entities ?? []], [.. sanctions ?? []], [.. relationships ?? []]));

    [SkippableFact]
    public async Task A_new_store_is_empty()
    {
        var statistics = await Store.GetStatisticsAsync();

        Assert.True(statistics.IsEmpty);
    }

    [SkippableFact]
    public async Task Initializing_twice_keeps_what_was_written()
    {
        await Write([Some.Person("p1", "Sadio Camara")]);

        await Store.InitializeAsync();

        Assert.Equal(1, (await Store.GetStatisticsAsync()).Entities);
    }

    [SkippableFact]
    public async Task An_entity_reads_back_with_every_field()
    {
        var written = new Entity("p1", EntityKind.Person, "Alou Boï Diarra")
        {
            Aliases = ["Alou Boi Diarra"],
            Properties = new Dictionary<string, IReadOnlyList<string>> { ["nationality"] = ["ml"], ["title"] = ["General"] },
            Sources = [Some.Source("Air Force Chief of Staff Alou Boï Diarra")],
            Note = "a note",
        };
        await Write([written]);

        var read = (await Store.GetEntitiesAsync(["p1"]))["p1"];

        Assert.Equal(written.Name, read.Name);
        Assert.Equal(written.Kind, read.Kind);
        Assert.Equal(written.Aliases, read.Aliases);
        Assert.Equal(["ml"], read.Property("nationality"));
        Assert.Equal(["General"], read.Property("title"));
        Assert.Equal(written.Sources, read.Sources);
        Assert.Equal("a note", read.Note);
    }

    [SkippableFact]
    public async Task Unknown_ids_are_absent_rather_than_an_error()
    {
        await Write([Some.Person("p1", "Sadio Camara")]);

        var found = await Store.GetEntitiesAsync(["p1", "nobody"]);

        Assert.Equal(["p1"], found.Keys);
        Assert.Null(await Store.GetNeighbourhoodAsync("nobody", new NeighbourhoodQuery(2, 100)));
        Assert.Null(await Store.FindPathAsync("p1", "nobody", 4, null));
    }

    [SkippableFact]
    public async Task Writing_an_id_again_replaces_the_record()
    {
        await Write([Some.Person("p1", "Sadio Camara", "Oldalias")]);
        await Write([Some.Person("p1", "Sadio Camara", "Newalias")]);

        var read = (await Store.GetEntitiesAsync(["p1"]))["p1"];

        Assert.Equal(["Newalias"], read.Aliases);
        Assert.Equal(1, (await Store.GetStatisticsAsync()).Entities);
        Assert.Empty(await Store.SearchAsync(new SearchQuery("Oldalias", [], 10)));
    }

    [SkippableFact]
    public async Task A_batch_that_fails_writes_nothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var batch = new GraphBatch([Some.Person("p1", "A"), Some.Person("p2", "B")], [], []);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.WriteAsync(batch, cancelled.Token));

        Assert.True((await Store.GetStatisticsAsync()).IsEmpty);
    }

    [SkippableFact]
    public async Task Sanctions_are_found_by_their_target()
    {
        await Write(
            [Some.Entity("ofac", EntityKind.PublicBody, "Office of Foreign Assets Control"), Some.Person("p1", "A"), Some.Person("p2", "B")],
            [Some.Sanction("s1", "ofac", "p1", "2023-07-24", "RUSSIA-EO14024"), Some.Sanction("s2", "ofac", "p2")]);

        var found = await Store.GetSanctionsTargetingAsync(["p1"], SanctionTiming.Any);

        var sanction = Assert.Single(found);
        Assert.Equal("s1", sanction.Id);
        Assert.Equal(["RUSSIA-EO14024"], sanction.Programs);
        Assert.Equal(PartialDate.Parse("2023-07-24"), sanction.ListedOn);
    }

    [SkippableFact]
    public async Task Relationships_are_found_from_either_end_and_filtered_by_type_and_direction()
    {
        await Write(
            [Some.Person("a", "A"), Some.Person("b", "B"), Some.Person("c", "C")],
            relationships: [Some.Tie("a", "b", "family"), Some.Tie("c", "a", "associate")]);

        var both = await Store.GetRelationshipsAsync(["a"], RelationshipFilter.All);
        var outgoing = await Store.GetRelationshipsAsync(["a"], new RelationshipFilter([], Direction.Outgoing));
        var incoming = await Store.GetRelationshipsAsync(["a"], new RelationshipFilter([], Direction.Incoming));
        var associates = await Store.GetRelationshipsAsync(["a"], new RelationshipFilter(["associate"], Direction.Both));

        Assert.Equal(2, both.Count);
        Assert.Equal("b", Assert.Single(outgoing).ToId);
        Assert.Equal("c", Assert.Single(incoming).FromId);
        Assert.Equal("associate", Assert.Single(associates).Type);
    }

    [SkippableFact]
    public async Task A_relationship_with_both_ends_asked_for_comes_back_once()
    {
        await Write(
            [Some.Person("a", "A"), Some.Person("b", "B"), Some.Person("c", "C")],
            relationships: [Some.Tie("a", "b", "family", id: "ab"), Some.Tie("c", "a", "associate", id: "ca"), Some.Tie("b", "c", "associate", id: "bc")]);

        var found = await Store.GetRelationshipsAsync(["a", "b"], RelationshipFilter.All);
        var ofB = await Store.GetRelationshipsAsync(["b"], RelationshipFilter.All);

        Assert.Equal(["ab", "bc", "ca"], found.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["ab", "bc"], ofB.Select(r => r.Id).Order(StringComparer.Ordinal));
    }
}
