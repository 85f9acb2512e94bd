namespace Graph.Storage.Neo4j.Http;

/// <summary>
/// The bookmarks of this process's latest writes (https://neo4j.com/docs/query-api/current/bookmarks/). Every
/// auto-commit statement and every transaction sends them, so a cluster member runs it only once it has caught up
/// with those writes: a read after a write sees it. When a write or commit succeeds, the bookmarks it was sent
/// with are replaced by those it returned (as the drivers' bookmark managers do), so concurrent writes each keep
/// theirs. Reads do not change them.
/// </summary>
internal sealed class Bookmarks
{
    private readonly Lock _gate = new();
    private string[] _current = [];

    public IReadOnlyList<string> Current
    {
        get
        {
            lock (_gate)
                return _current;
        }
    }

    public void Replace(IReadOnlyCollection<string> sent, IReadOnlyCollection<string> received)
    {
        if (received.Count == 0)
            return;
        lock (_gate)
            _current = [.. _current.Except(sent, StringComparer.Ordinal).Union(received, StringComparer.Ordinal)];
    }
}
