using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Domain.Text;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    private const int CandidatesPerHit = 4;
    private const int RankingCap = 1_000;
    private const int UnrankedCandidates = 200;

    /// <summary>At most this many queries that leave one word out are tried, each an index look-up.</summary>
    private const int MaxWordsToDrop = 5;

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var words = SearchWords.Of(query.Text);
        var limit = query.BoundedLimit;
        if (words.IsEmpty || limit <= 0) return Task.FromResult<IReadOnlyList<SearchHit>>([]);
        var bounded = query with { Limit = limit };
        return Read<IReadOnlyList<SearchHit>>(session =>
        {
            // Every word must match, the last one also as the beginning of a longer word (type-ahead). When nothing
            // does, one word may be missing or misspelt: each query that leaves one word out is tried. That stays
            // an AND of rare-enough words, where an OR of common ones would rank half the graph.
            var tokens = words.Distinct;
            // Text cut at the length bound is nobody's exact name.
            var candidates = words.Truncated ? [] : ExactNames(session, words.Text, bounded);
            candidates.AddRange(Candidates(session, Match(tokens), bounded));
            for (var skip = 0; candidates.Count == 0 && tokens.Count > 1 && skip < Math.Min(tokens.Count, MaxWordsToDrop); skip++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                candidates.AddRange(Candidates(session, Match([.. tokens.Where((_, i) => i != skip)]), bounded));
            }
            cancellationToken.ThrowIfCancellationRequested();
            return [.. candidates
                .DistinctBy(c => c.Entity.Id)
                .Select(c => (Hit: new SearchHit(NameScore.Best(words.InOrder, c.Entity), c.Entity), c.Rank))
                .OrderByDescending(c => c.Hit.Score).ThenBy(c => c.Rank).ThenBy(c => c.Hit.Entity.Name, StringComparer.Ordinal)
                .Take(limit)
                .Select(c => c.Hit)];
        }, cancellationToken);
    }

    private static string Match(IReadOnlyList<string> tokens) =>
        string.Join(" AND ", tokens.Select((token, i) => i == tokens.Count - 1 ? Prefix(token) : Exact(token)));

    /// <summary>An FTS5 term for the word itself. Tokens hold only letters and digits, so quoting is enough.</summary>
    private static string Exact(string token) => $"\"{token}\"";

    /// <summary>An FTS5 term that also matches longer words, so "Goi" finds "Goïta"; one letter alone is too common to expand.</summary>
    private static string Prefix(string token) => token.Length >= 2 ? $"\"{token}\"*" : Exact(token);

    /// <summary>
    /// The best-ranked matches. Ranking means scoring every match, which for a word found in a tenth of the graph
    /// costs more than the search is worth; so matches are first counted up to a cap, and past it the first few
    /// hundred go to NameScore unranked. Such a word names nobody in particular; exact names are found apart.
    /// </summary>
    private static List<(Entity Entity, double Rank)> Candidates(SqliteSession session, string match, SearchQuery query)
    {
        var byKind = query.Kinds.Count > 0;
        var kindClause = byKind ? " AND e.kind IN (SELECT value FROM json_each($kinds))" : "";
        var kinds = byKind ? JsonList(query.Kinds.Select(k => k.ToString())) : null;
        var capped = new List<long>(RankingCap + 1);
        using (var reader = session.Command(
            $"SELECT entity_search.rowid FROM entity_search JOIN entities e ON e.seq = entity_search.rowid WHERE entity_search MATCH $match{kindClause} LIMIT $cap",
            ("$match", match), ("$kinds", kinds), ("$cap", RankingCap + 1)).ExecuteReader())
        {
            while (reader.Read()) capped.Add(reader.GetInt64(0));
        }
        if (capped.Count == 0) return [];
        if (capped.Count > RankingCap) return Unranked(session, capped.Take(UnrankedCandidates));
        var command = session.Command(
            $"""
            SELECT e.{EntityColumns.Replace(", ", ", e.", StringComparison.Ordinal)}, bm25(entity_search) AS rank
            FROM entity_search JOIN entities e ON e.seq = entity_search.rowid
            WHERE entity_search MATCH $match{kindClause}
            ORDER BY rank LIMIT $limit
            """,
            ("$match", match), ("$kinds", kinds), ("$limit", query.Limit * CandidatesPerHit));
        var rows = new List<(Entity, double)>();
        using var ranked = command.ExecuteReader();
        while (ranked.Read())
        {
            rows.Add((RecordBodies.ReadEntity(ranked.GetString(1), ranked.GetString(2), ranked.GetString(3), ranked.GetString(4)), ranked.GetDouble(5)));
        }
        return rows;
    }

    /// <summary>Matches of a word too common to rank, in the order the index holds them, for NameScore alone to order.</summary>
    private static List<(Entity Entity, double Rank)> Unranked(SqliteSession session, IEnumerable<long> seqs)
    {
        var rows = new List<(Entity, double)>();
        using var reader = session.Command(
            $"SELECT {EntityColumns} FROM entities WHERE seq IN (SELECT value FROM json_each($seqs))",
            ("$seqs", JsonList(seqs))).ExecuteReader();
        while (reader.Read()) rows.Add((RecordBodies.ReadEntity(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)), 0));
        return rows;
    }

    /// <summary>Entities whose name or an alias is exactly the text, ignoring case: never lost to the ranking cap.</summary>
    private static List<(Entity Entity, double Rank)> ExactNames(SqliteSession session, string text, SearchQuery query)
    {
        var rows = new List<(Entity, double)>();
        using var reader = session.Command(
            $"SELECT {EntityColumns} FROM entities WHERE seq IN ({EntitiesNamed("$text")}) ORDER BY seq LIMIT $limit",
            ("$text", text), ("$limit", query.Limit)).ExecuteReader();
        while (reader.Read())
        {
            var entity = RecordBodies.ReadEntity(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4));
            if (query.Kinds.Count == 0 || query.Kinds.Contains(entity.Kind)) rows.Add((entity, double.MinValue));
        }
        return rows;
    }
}
