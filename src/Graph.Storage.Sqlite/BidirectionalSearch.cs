using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Storage.Sqlite;

/// <summary>
/// Breadth-first search from both ends at once, expanding the smaller side, so a 4-hop path costs two
/// 2-hop expansions instead of one 4-hop expansion. Relationships are followed in either direction.
/// </summary>
internal sealed class BidirectionalSearch(string fromId, string toId, int maxHops)
{
    private readonly Side _forward = new(fromId);
    private readonly Side _backward = new(toId);

    /// <summary>The entity where the two searches met, once they have.</summary>
    public string? Meeting { get; private set; }

    public bool CanExpand => Meeting is null
        && _forward.Depth + _backward.Depth < maxHops
        && _forward.Frontier.Count > 0 && _backward.Frontier.Count > 0;

    private Side Expanding => _forward.Frontier.Count <= _backward.Frontier.Count ? _forward : _backward;

    public IReadOnlyCollection<string> NextFrontier() => Expanding.Frontier;

    public void Expand(IEnumerable<(long Seq, string From, string To)> edges)
    {
        var side = Expanding;
        var other = ReferenceEquals(side, _forward) ? _backward : _forward;
        var frontier = side.Frontier.ToHashSet(StringComparer.Ordinal);
        var next = new List<string>();
        var bestLength = int.MaxValue;
        foreach (var (seq, from, to) in edges)
        {
            foreach (var (near, far) in (ReadOnlySpan<(string, string)>)[(from, to), (to, from)])
            {
                if (!frontier.Contains(near) || side.Parents.ContainsKey(far)) continue;
                side.Parents[far] = (near, seq, side.Depth + 1);
                next.Add(far);
                if (other.Parents.TryGetValue(far, out var meet) && side.Depth + 1 + meet.Depth < bestLength)
                {
                    bestLength = side.Depth + 1 + meet.Depth;
                    Meeting = far;
                }
            }
        }
        side.Frontier = next;
        side.Depth++;
    }

    public GraphPath BuildPath(Func<IReadOnlyCollection<long>, IReadOnlyDictionary<long, Relationship>> loadRelationships)
    {
        var meeting = Meeting ?? throw new InvalidOperationException("The searches have not met.");
        var forward = _forward.ChainTo(meeting);
        var backward = _backward.ChainTo(meeting);
        var entityIds = forward.Nodes.AsEnumerable().Reverse().Concat(backward.Nodes.Skip(1)).ToList();
        var seqs = forward.Seqs.AsEnumerable().Reverse().Concat(backward.Seqs).ToList();
        var bySeq = loadRelationships(seqs);
        return new GraphPath(entityIds, [.. seqs.Select(seq => bySeq[seq])]);
    }

    private sealed class Side(string start)
    {
        public Dictionary<string, (string? Parent, long Seq, int Depth)> Parents { get; } =
            new(StringComparer.Ordinal) { [start] = (null, 0, 0) };

        public List<string> Frontier { get; set; } = [start];

        public int Depth { get; set; }

        /// <summary>The nodes from <paramref name="node"/> back to the start, and the edges between them.</summary>
        public (List<string> Nodes, List<long> Seqs) ChainTo(string node)
        {
            var nodes = new List<string> { node };
            var seqs = new List<long>();
            for (var entry = Parents[node]; entry.Parent is not null; entry = Parents[entry.Parent])
            {
                seqs.Add(entry.Seq);
                nodes.Add(entry.Parent);
            }
            return (nodes, seqs);
        }
    }
}
