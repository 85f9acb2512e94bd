using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Storage.Neo4j;

internal sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0) return new Dictionary<string, Entity>();
        var result = await Read(EntityStatements.ByIds, new() { ["ids"] = Distinct(ids) }, cancellationToken);
        return result.Rows.Select(row => RecordReader.Entity(row[0])).ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public async Task<Page<Entity>> ListEntitiesAsync(EntityFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        var after = SequenceCursor.Decode(page.After);
        var result = await Read(EntityStatements.Page, new()
        {
            ["kinds"] = filter.Kinds.Select(GraphModel.KindLabel).Distinct().ToList(),
            ["after"] = after,
            ["limit"] = (long)Math.Max(page.First, 0) + 1,
        }, cancellationToken);
        return ReadPage(result, page.First, item => (RecordReader.Seq(item), RecordReader.Entity(item)));
    }

    public async Task<IReadOnlyDictionary<string, string>> ResolveNamesAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken = default)
    {
        if (names.Count == 0) return new Dictionary<string, string>();
        var result = await Read(EntityStatements.FirstIdsByKeys, new() { ["keys"] = Distinct(names.Select(GraphModel.Key)) }, cancellationToken);
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in RecordReader.Rows(result))
        {
            byKey.TryAdd(RecordReader.String(row("key"), "name key"), RecordReader.String(row("id"), "entity id"));
        }
        var resolved = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (byKey.TryGetValue(GraphModel.Key(name), out var id)) resolved.TryAdd(name, id);
        }
        return resolved;
    }

    /// <summary>A page from a statement that answers one row of <c>total</c> and <c>items</c>, one item more than asked.</summary>
    private static Page<T> ReadPage<T>(Http.CypherResult result, int first, Func<object?, (long Seq, T Node)> read)
    {
        var row = RecordReader.Rows(result).Single();
        var items = RecordReader.List(row("items"), "page items").Select(read).ToList();
        var nodes = items.Take(first).Select(item => new PageItem<T>(item.Node, SequenceCursor.Encode(item.Seq))).ToList();
        return new Page<T>(nodes, items.Count > first, RecordReader.Long(row("total"), "total"));
    }
}
