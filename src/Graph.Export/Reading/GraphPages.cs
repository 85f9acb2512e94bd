using System.Runtime.CompilerServices;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Export.Reading;

/// <summary>
/// Reads the whole graph through the store port one page at a time, so that an export never holds more than a
/// page of records: entities and sanctions in insertion order, and each relationship exactly once, with the page
/// of entities it starts or ends at.
/// </summary>
internal static class GraphPages
{
    private const int Size = PageRequest.MaxSize;

    public static IAsyncEnumerable<IReadOnlyList<Entity>> EntitiesAsync(IGraphStore store, CancellationToken cancellationToken) =>
        PagesAsync(page => store.ListEntitiesAsync(EntityFilter.All, page, cancellationToken), cancellationToken);

    public static IAsyncEnumerable<IReadOnlyList<Sanction>> SanctionsAsync(IGraphStore store, CancellationToken cancellationToken) =>
        PagesAsync(page => store.ListSanctionsAsync(SanctionFilter.All, page, cancellationToken), cancellationToken);

    /// <summary>
    /// Each page of entities with the relationships that start at them (<see cref="Direction.Outgoing"/>) or end at them
    /// (<see cref="Direction.Incoming"/>): either way every relationship comes once, as it has one start and one end.
    /// </summary>
    public static async IAsyncEnumerable<(IReadOnlyList<Entity> Entities, IReadOnlyList<Relationship> Relationships)> RelationshipsAsync(
        IGraphStore store, Direction direction, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (direction == Direction.Both) throw new ArgumentException("Relationships would come twice.", nameof(direction));
        var filter = new RelationshipFilter([], direction);
        await foreach (var entities in EntitiesAsync(store, cancellationToken))
        {
            var relationships = await store.GetRelationshipsAsync([.. entities.Select(e => e.Id)], filter, cancellationToken);
            yield return (entities, relationships);
        }
    }

    private static async IAsyncEnumerable<IReadOnlyList<T>> PagesAsync<T>(
        Func<PageRequest, Task<Page<T>>> list, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? after = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await list(new PageRequest(Size, after));
            if (page.Items.Count == 0) yield break;
            yield return [.. page.Items.Select(item => item.Node)];
            if (!page.HasNextPage) yield break;
            after = page.Items[^1].Cursor;
        }
    }
}
