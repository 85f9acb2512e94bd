using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Domain.Text;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Storage.Neo4j;

internal sealed partial class Neo4jGraphStore
{
    private const int CandidatesPerHit = 4;
    private const int MaxWordsToDrop = 5;

    /// <summary>
    /// Every word must match, the last one also as the beginning of a longer word (type-ahead); when nothing does,
    /// each query that leaves one word out is tried, as the SQLite store does. Lucene's best candidates are then
    /// ordered by <see cref="NameScore"/>, so that both stores rank alike.
    /// </summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        // The words are bounded in number and length whatever the text, as in the SQLite store (see SearchWords).
        var words = SearchWords.Of(query.Text);
        if (words.IsEmpty || query.Limit <= 0) return [];
        var tokens = words.Distinct;
        var candidates = await Candidates(tokens, query, cancellationToken);
        for (var skip = 0; candidates.Count == 0 && tokens.Count > 1 && skip < Math.Min(tokens.Count, MaxWordsToDrop); skip++)
        {
            candidates = await Candidates([.. tokens.Where((_, i) => i != skip)], query, cancellationToken);
        }
        cancellationToken.ThrowIfCancellationRequested();
        return [.. candidates
            .Select(c => (Hit: new SearchHit(NameScore.Best(words.InOrder, c.Entity), c.Entity), c.Relevance))
            .OrderByDescending(c => c.Hit.Score).ThenByDescending(c => c.Relevance).ThenBy(c => c.Hit.Entity.Name, StringComparer.Ordinal)
            .Take(query.BoundedLimit)
            .Select(c => c.Hit)];
    }

    private async Task<List<(Entity Entity, double Relevance)>> Candidates(IReadOnlyList<string> tokens, SearchQuery query, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["query"] = LuceneQuery.AllWords(tokens),
            ["limit"] = (long)query.BoundedLimit * CandidatesPerHit,
        };
        var statement = SearchStatements.AnyKind;
        if (query.Kinds.Count > 0)
        {
            statement = SearchStatements.OfKinds;
            parameters["kinds"] = query.Kinds.Select(GraphModel.KindLabel).Distinct().ToList();
        }
        var result = await Read(statement, parameters, cancellationToken);
        return [.. RecordReader.Rows(result).Select(row => (
            RecordReader.Entity(row("entity")),
            row("score") is double score ? score : 0))];
    }
}
