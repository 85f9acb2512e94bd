using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>
/// The breadth-first walk behind <see cref="IGraphStore.GetNeighbourhoodAsync"/>, the same for every store: a store
/// feeds it, hop by hop, the relationships touching <see cref="Frontier"/>. Entities are taken in the order they are
/// reached until <c>limit</c>; a relationship is kept when both its ends were taken.
/// </summary>
public sealed class NeighbourhoodWalk(string startId, int limit)
{
    private readonly List<string> _visited = [startId];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal) { startId };
    private readonly Dictionary<string, Relationship> _edges = new(StringComparer.Ordinal);
    private bool _truncated;

    /// <summary>The entities reached on the last hop, whose relationships the next hop needs.</summary>
    public IReadOnlyList<string> Frontier { get; private set; } = [startId];

    /// <summary>Takes one hop: the relationships that touch the frontier.</summary>
    public void Step(IEnumerable<Relationship> relationships)
    {
        var next = new List<string>();
        foreach (var relationship in relationships)
        {
            foreach (var end in (string[])[relationship.FromId, relationship.ToId])
            {
                if (_seen.Contains(end)) continue;
                if (_seen.Count >= limit)
                {
                    _truncated = true;
                    continue;
                }
                _seen.Add(end);
                _visited.Add(end);
                next.Add(end);
            }
            if (_seen.Contains(relationship.FromId) && _seen.Contains(relationship.ToId)) _edges.TryAdd(relationship.Id, relationship);
        }
        Frontier = next;
    }

    /// <summary>What the walk reached so far.</summary>
    public Subgraph Result => new(_visited, [.. _edges.Values], _truncated);
}
