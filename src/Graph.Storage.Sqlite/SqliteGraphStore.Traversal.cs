using Graph.Domain.Store;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    public Task<Subgraph?> GetNeighbourhoodAsync(string id, NeighbourhoodQuery query, CancellationToken cancellationToken = default)
    {
        var walk = new NeighbourhoodWalk(id, query);
        var follows = new RelationshipFilter(query.Types, Direction.Both) { AsOf = query.AsOf };
        return Read(session =>
        {
            if (EntitiesById(session, [id]).Count == 0) return null;
            for (var hop = 0; hop < query.Hops && walk.Frontier.Count > 0; hop++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                walk.Step(RelationshipsTouching(session, walk.Frontier, follows, query.Kinds));
            }
            return walk.Result;
        }, cancellationToken);
    }

    public Task<GraphPath?> FindPathAsync(string fromId, string toId, int maxHops, DateOnly? asOf, CancellationToken cancellationToken = default) =>
        Read(session =>
        {
            if (EntitiesById(session, [fromId, toId]).Count < (fromId == toId ? 1 : 2)) return null;
            if (fromId == toId) return new GraphPath([fromId], []);
            var search = new BidirectionalSearch(fromId, toId, maxHops);
            while (search.CanExpand)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var frontier = search.NextFrontier();
                search.Expand(Adjacency(session, frontier, asOf));
                if (search.Meeting is not null) break;
            }
            return search.Meeting is null ? null : search.BuildPath(seqs => RelationshipsBySeq(session, seqs));
        }, cancellationToken);

    private static List<(long Seq, string From, string To)> Adjacency(SqliteSession session, IReadOnlyCollection<string> ids, DateOnly? asOf)
    {
        var holds = asOf is null ? "" : HoldsClause;
        var command = session.Command(
            $"""
            SELECT seq, from_id, to_id FROM relationships WHERE from_id IN (SELECT value FROM json_each($ids)){holds}
            UNION ALL
            SELECT seq, from_id, to_id FROM relationships WHERE to_id IN (SELECT value FROM json_each($ids)){holds}
            """,
            ("$ids", JsonList(ids)), ("$asOf", asOf is { } day ? Day(day) : null));
        var rows = new List<(long, string, string)>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        return rows;
    }
}
