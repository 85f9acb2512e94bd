using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Storage.Neo4j;

internal sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// Breadth-first, one statement per hop, as the SQLite store walks: each hop's relationships in insertion order,
    /// their far ends added until the limit is reached, and a relationship kept when both its ends are.
    /// </summary>
    public async Task<Subgraph?> GetNeighbourhoodAsync(string id, NeighbourhoodQuery query, CancellationToken cancellationToken = default)
    {
        var walk = new NeighbourhoodWalk(id, query);
        if ((await GetEntitiesAsync([id], cancellationToken)).Count == 0) return null;
        var follows = new RelationshipFilter(query.Types, Direction.Both) { AsOf = query.AsOf };
        for (var hop = 0; hop < query.Hops && walk.Frontier.Count > 0; hop++)
        {
            walk.Step(await RelationshipsTouching(walk.Frontier, follows, query.Kinds, cancellationToken));
        }
        return walk.Result;
    }

    /// <summary>Neo4j's bidirectional shortest path over the relationship types (those that held on the day, if one is given), never through sanctions.</summary>
    public async Task<GraphPath?> FindPathAsync(string fromId, string toId, int maxHops, DateOnly? asOf, CancellationToken cancellationToken = default)
    {
        if (fromId == toId)
        {
            return (await GetEntitiesAsync([fromId], cancellationToken)).Count == 0 ? null : new GraphPath([fromId], []);
        }
        if (maxHops < 1) return null;
        var result = await Read(TraversalStatements.Path(maxHops), new()
        {
            ["fromId"] = fromId,
            ["toId"] = toId,
            ["asOf"] = asOf is { } day ? GraphModel.Day(day) : null,
        }, cancellationToken);
        if (result.Rows.Count == 0) return null;
        var row = RecordReader.Rows(result).First();
        return new GraphPath(
            [.. RecordReader.List(row("entityIds"), "path entities").Select(e => RecordReader.String(e, "path entity id"))],
            [.. RecordReader.List(row("relationships"), "path relationships").Select(RecordReader.Relationship)]);
    }
}
