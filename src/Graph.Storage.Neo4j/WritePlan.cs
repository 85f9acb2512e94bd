using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Storage.Neo4j;

/// <summary>
/// A batch made ready for Cypher before the transaction opens: each id once (the last record wins, in the place of
/// the first, as an upsert would), shapes from <see cref="GraphModel"/> (which refuses unknown relationship types),
/// and the rows of each statement in chunks.
/// </summary>
internal sealed class WritePlan
{
    private WritePlan(GraphBatch batch)
    {
        Entities = LastOfEach(batch.Entities, e => e.Id);
        Sanctions = LastOfEach(batch.Sanctions, s => s.Id);
        Relationships = LastOfEach(batch.Relationships, r => r.Id);
        EntityNodes = [.. Entities.Select(GraphModel.Node)];
        SanctionNodes = [.. Sanctions.Select(GraphModel.Node)];
        RelationshipEdges = [.. Relationships.Select(GraphModel.Edge)];
        DeletedEntityIds = [.. batch.DeletedEntityIds.Distinct(StringComparer.Ordinal)];
        DeletedSanctionIds = [.. batch.DeletedSanctionIds.Distinct(StringComparer.Ordinal)];
        // Relationships being rewritten are deleted first too: their type or ends may change, their place may not.
        ReplacedRelationshipIds = [.. batch.DeletedRelationshipIds.Concat(Relationships.Select(r => r.Id)).Distinct(StringComparer.Ordinal)];
    }

    public IReadOnlyList<Entity> Entities { get; }

    public IReadOnlyList<Sanction> Sanctions { get; }

    public IReadOnlyList<Relationship> Relationships { get; }

    public IReadOnlyList<NodeRecord> EntityNodes { get; }

    public IReadOnlyList<NodeRecord> SanctionNodes { get; }

    public IReadOnlyList<EdgeRecord> RelationshipEdges { get; }

    public IReadOnlyList<string> DeletedEntityIds { get; }

    public IReadOnlyList<string> DeletedSanctionIds { get; }

    public IReadOnlyList<string> ReplacedRelationshipIds { get; }

    /// <summary>How many sequence numbers the batch needs: one per record it writes.</summary>
    public long SequenceCount => Entities.Count + Sanctions.Count + Relationships.Count;

    public static WritePlan Of(GraphBatch batch) => new(batch);

    /// <summary>Entity rows by kind label, each row with the sequence number it takes if it is new.</summary>
    public IEnumerable<(string Label, List<Dictionary<string, object?>> Rows)> EntityRows(long firstSeq) =>
        EntityNodes
            .Select((node, i) => (Label: node.Labels[1], Row: Row(node.Id, firstSeq + i, node.Properties)))
            .GroupBy(x => x.Label, StringComparer.Ordinal)
            .Select(group => (group.Key, group.Select(x => x.Row).ToList()));

    public List<Dictionary<string, object?>> SanctionRows(long firstSeq) =>
        [.. SanctionNodes.Select((node, i) => Row(node.Id, firstSeq + Entities.Count + i, node.Properties))];

    /// <summary>Relationship rows by Neo4j type; a rewritten relationship keeps the sequence number it had.</summary>
    public IEnumerable<(string Type, List<Dictionary<string, object?>> Rows)> RelationshipRows(long firstSeq, IReadOnlyDictionary<string, long> keptSeqs) =>
        RelationshipEdges
            .Select((edge, i) =>
            {
                var id = Relationships[i].Id;
                var row = Row(id, keptSeqs.TryGetValue(id, out var kept) ? kept : firstSeq + Entities.Count + Sanctions.Count + i, edge.Properties);
                row["fromId"] = edge.StartId;
                row["toId"] = edge.EndId;
                return (edge.Type, Row: row);
            })
            .GroupBy(x => x.Type, StringComparer.Ordinal)
            .Select(group => (group.Key, group.Select(x => x.Row).ToList()));

    private static Dictionary<string, object?> Row(string id, long seq, IReadOnlyDictionary<string, object?> properties) =>
        new() { ["id"] = id, ["seq"] = seq, ["properties"] = properties };

    private static List<T> LastOfEach<T>(IReadOnlyList<T> records, Func<T, string> id)
    {
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<T>(records.Count);
        foreach (var record in records)
        {
            if (position.TryGetValue(id(record), out var at))
            {
                kept[at] = record;
                continue;
            }
            position[id(record)] = kept.Count;
            kept.Add(record);
        }
        return kept;
    }
}
