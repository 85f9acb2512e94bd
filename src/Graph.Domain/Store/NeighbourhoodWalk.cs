using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>
/// The breadth-first walk behind <see cref="IGraphStore.GetNeighbourhoodAsync(string, NeighbourhoodQuery, CancellationToken)"/>,
/// the same for every store: a store feeds it, hop by hop, the relationships touching <see cref="Frontier"/> that the
/// query follows (its day, types and kinds), in insertion order. Entities are numbered in the order they are reached;
/// the walk takes them until one past the page, so that it knows whether more remain, and a page holds those after the
/// cursor with the relationships that tie each to an entity reached before it (or to itself).
/// </summary>
public sealed class NeighbourhoodWalk
{
    private readonly List<string> _visited;
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Relationship> _edges = new(StringComparer.Ordinal);
    private readonly int _skip;
    private readonly int _limit;

    /// <exception cref="InvalidCursorException">The query's cursor is not one a neighbourhood page issued.</exception>
    public NeighbourhoodWalk(string startId, NeighbourhoodQuery query)
    {
        _visited = [startId];
        _positions[startId] = 0;
        var after = SequenceCursor.Decode(query.After);
        if (after > int.MaxValue) throw new InvalidCursorException(query.After!);
        _skip = (int)after;
        _limit = Math.Max(query.Limit, 0);
        Frontier = [startId];
    }

    /// <summary>The entities reached on the last hop, whose relationships the next hop needs.</summary>
    public IReadOnlyList<string> Frontier { get; private set; }

    private int Wanted => (int)Math.Min((long)_skip + _limit + 1, int.MaxValue);

    /// <summary>Takes one hop: the relationships that touch the frontier.</summary>
    public void Step(IEnumerable<Relationship> relationships)
    {
        var next = new List<string>();
        foreach (var relationship in relationships)
        {
            foreach (var end in (string[])[relationship.FromId, relationship.ToId])
            {
                if (_positions.ContainsKey(end) || _visited.Count >= Wanted) continue;
                _positions[end] = _visited.Count;
                _visited.Add(end);
                next.Add(end);
            }
            if (_positions.ContainsKey(relationship.FromId) && _positions.ContainsKey(relationship.ToId)) _edges.TryAdd(relationship.Id, relationship);
        }
        Frontier = next;
    }

    /// <summary>The page the walk reached: its entities after the cursor, and the relationships each brought.</summary>
    public Subgraph Result
    {
        get
        {
            var end = Math.Min(_visited.Count, (long)_skip + _limit);
            var entities = _skip >= end ? [] : _visited.GetRange(_skip, (int)(end - _skip));
            var relationships = _edges.Values
                .Where(r => Math.Max(_positions[r.FromId], _positions[r.ToId]) is var later && later >= _skip && later < end)
                .ToList();
            return new Subgraph(entities, relationships, _visited.Count > end) { EndCursor = SequenceCursor.Encode(Math.Max(end, _skip)) };
        }
    }
}
