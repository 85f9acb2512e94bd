using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Domain.Text;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    private const int CandidatesPerHit = 4;

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        var tokens = NameTokens.Of(query.Text);
        if (tokens.Count == 0 || query.Limit <= 0) return Task.FromResult<IReadOnlyList<SearchHit>>([]);
        return Task.FromResult<IReadOnlyList<SearchHit>>(Read(session =>
        {
            // Every word must match, the last one also as the beginning of a longer word (type-ahead);
            // only when nothing matches may any word do.
            var terms = tokens.Select((token, i) => i == tokens.Count - 1 ? Prefix(token) : Exact(token)).ToList();
            var candidates = Candidates(session, string.Join(" AND ", terms), query);
            if (candidates.Count == 0 && tokens.Count > 1) candidates = Candidates(session, string.Join(" OR ", tokens.Select(Prefix)), query);
            return candidates
                .Select(c => (Hit: new SearchHit(NameScore.Best(tokens, c.Entity), c.Entity), c.Rank))
                .OrderByDescending(c => c.Hit.Score).ThenBy(c => c.Rank).ThenBy(c => c.Hit.Entity.Name, StringComparer.Ordinal)
                .Take(query.Limit)
                .Select(c => c.Hit)
                .ToList();
        }));
    }

    /// <summary>An FTS5 term for the word itself. Tokens hold only letters and digits, so quoting is enough.</summary>
    private static string Exact(string token) => $"\"{token}\"";

    /// <summary>An FTS5 term that also matches longer words, so "Goi" finds "Goïta"; one letter alone is too common to expand.</summary>
    private static string Prefix(string token) => token.Length >= 2 ? $"\"{token}\"*" : Exact(token);

    private static List<(Entity Entity, double Rank)> Candidates(SqliteSession session, string match, SearchQuery query)
    {
        var byKind = query.Kinds.Count > 0;
        var kindClause = byKind ? " AND e.kind IN (SELECT value FROM json_each($kinds))" : "";
        var command = session.Command(
            $"""
            SELECT e.{EntityColumns.Replace(", ", ", e.", StringComparison.Ordinal)}, bm25(entity_search) AS rank
            FROM entity_search JOIN entities e ON e.seq = entity_search.rowid
            WHERE entity_search MATCH $match{kindClause}
            ORDER BY rank LIMIT $limit
            """,
            ("$match", match), ("$kinds", byKind ? JsonList(query.Kinds.Select(k => k.ToString())) : null), ("$limit", query.Limit * CandidatesPerHit));
        var rows = new List<(Entity, double)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add((RecordBodies.ReadEntity(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)), reader.GetDouble(5)));
        }
        return rows;
    }
}
