using Graph.Domain.Matching;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;
using Microsoft.Extensions.Logging;

namespace Graph.Storage.Neo4j;

internal sealed partial class Neo4jGraphStore
{
    /// <summary>How many entities a rebuild of the match keys reads and sets per transaction.</summary>
    public int MatchKeyRebuildWindow { get; init; } = 5_000;

    /// <summary>One statement: a bounded index query per key, the weights summed and ranked by the server.</summary>
    public async Task<MatchCandidates> FindMatchCandidatesAsync(MatchCandidateQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        if (query.Keys.Count == 0 || query.Limit <= 0) return MatchCandidates.None;
        var result = await Read(MatchStatements.Candidates, new()
        {
            ["keys"] = query.Keys.DistinctBy(k => k.Text, StringComparer.Ordinal).Take(MatchCandidateQuery.MaxKeys)
                .Select(key => new Dictionary<string, object?> { ["key"] = key.Text, ["term"] = MatchKeyText.Query(key.Text), ["weight"] = (long)key.Weight })
                .ToList(),
            ["perKey"] = (long)MatchCandidateQuery.PerKeyLimit,
            ["limit"] = (long)query.Limit,
        }, cancellationToken);
        var row = RecordReader.Rows(result).FirstOrDefault();
        if (row is null) return MatchCandidates.None;
        var ids = RecordReader.List(row("ids"), "candidate ids").Select(id => RecordReader.String(id, "candidate id")).ToList();
        var counts = RecordReader.List(row("counts"), "key counts").Select(c => RecordReader.Map(c, "key count"))
            .ToDictionary(c => RecordReader.String(c["key"], "key"), c => (int)RecordReader.Long(c["count"], "key count"), StringComparer.Ordinal);
        return new MatchCandidates(ids, counts);
    }

    /// <summary>
    /// Sets every entity's <c>matchKeyText</c> again when the meta node says the index was built under other rules
    /// than <see cref="MatchKeys.Version"/>, or never (a graph written before the index, or loaded from an export
    /// of another build), one window of the insertion order per transaction. The version is recorded last, so a
    /// failed start rebuilds again; each window only sets what the rules give, so running one twice is harmless.
    /// </summary>
    private async Task RebuildMatchKeysAsync(CancellationToken cancellationToken)
    {
        var version = RecordReader.Rows(await Read(MatchStatements.Version, [], cancellationToken)).FirstOrDefault()?.Invoke("version");
        if (version is long built && built == MatchKeys.Version) return;
        var rebuilt = 0L;
        for (var after = long.MinValue; ;)
        {
            var window = await Read(MatchStatements.Window, new() { ["after"] = after, ["limit"] = (long)Math.Max(MatchKeyRebuildWindow, 1) }, cancellationToken);
            var rows = RecordReader.Rows(window).Select(row => RebuiltRow(row("entity"))).ToList();
            if (rows.Count == 0) break;
            await Write(MatchStatements.SetKeys, new Dictionary<string, object?> { ["rows"] = rows }, cancellationToken);
            rebuilt += rows.Count;
            var last = (long)rows[^1]["seq"]!;
            if (last <= after) break;
            after = last;
        }
        await Write(MatchStatements.Built, new Dictionary<string, object?> { ["version"] = (long)MatchKeys.Version }, cancellationToken);
        _changes.WroteLocally();
        _logger.LogInformation("Built the match keys of {Count} entities under version {Version} of their rules", rebuilt, MatchKeys.Version);
    }

    /// <summary>The keys of one entity of a window, with what they were made from as the node held it.</summary>
    private static Dictionary<string, object?> RebuiltRow(object? projected)
    {
        var node = RecordReader.Map(projected, "entity");
        return new()
        {
            ["id"] = node.GetValueOrDefault("id"),
            ["seq"] = RecordReader.Seq(projected),
            ["kind"] = node.GetValueOrDefault("kind"),
            ["name"] = node.GetValueOrDefault("name"),
            ["aliases"] = node.GetValueOrDefault("aliases"),
            ["properties"] = node.GetValueOrDefault("properties"),
            ["text"] = MatchKeyText.Of(RecordReader.Entity(projected)),
        };
    }
}
