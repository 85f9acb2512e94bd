using Graph.Domain.Store;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    /// <summary>
    /// One bounded read of the index per key, the first <see cref="MatchCandidateQuery.PerKeyLimit"/> entities in
    /// insertion order, on one session; what the keys are worth is summed here, since at most
    /// <see cref="MatchCandidateQuery.MaxKeys"/> times that many rows come back.
    /// </summary>
    public Task<MatchCandidates> FindMatchCandidatesAsync(MatchCandidateQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (cancellationToken.IsCancellationRequested) return Task.FromCanceled<MatchCandidates>(cancellationToken);
        if (query.Keys.Count == 0 || query.Limit <= 0) return Task.FromResult(MatchCandidates.None);
        return Read(session =>
        {
            var read = new List<(MatchKey Key, List<long> Seqs)>();
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var key in query.Keys.DistinctBy(k => k.Text, StringComparer.Ordinal).Take(MatchCandidateQuery.MaxKeys))
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var reader = session.Command(
                    "SELECT rowid FROM entity_match_keys WHERE entity_match_keys MATCH $key ORDER BY rowid LIMIT $limit",
                    ("$key", MatchKeyIndex.Query(key.Text)), ("$limit", MatchCandidateQuery.PerKeyLimit)).ExecuteReader();
                var seqs = new List<long>();
                while (reader.Read()) seqs.Add(reader.GetInt64(0));
                read.Add((key, seqs));
                counts[key.Text] = seqs.Count;
            }
            var weights = new Dictionary<long, double>();
            foreach (var (key, seqs) in read)
            {
                var worth = MatchCandidateQuery.Worth(key.Weight, seqs.Count);
                foreach (var seq in seqs) weights[seq] = weights.GetValueOrDefault(seq) + worth;
            }
            if (weights.Count == 0) return new MatchCandidates([], counts);
            List<long> best = [.. weights.OrderByDescending(w => w.Value).ThenBy(w => w.Key).Take(query.Limit).Select(w => w.Key)];
            var ids = new Dictionary<long, string>(best.Count);
            using (var reader = session.Command(
                "SELECT seq, id FROM entities WHERE seq IN (SELECT value FROM json_each($seqs))", ("$seqs", JsonList(best))).ExecuteReader())
            {
                while (reader.Read()) ids[reader.GetInt64(0)] = reader.GetString(1);
            }
            return new MatchCandidates([.. best.Where(ids.ContainsKey).Select(seq => ids[seq])], counts);
        }, cancellationToken);
    }
}
