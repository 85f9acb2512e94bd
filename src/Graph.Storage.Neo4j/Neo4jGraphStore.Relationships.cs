using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Storage.Neo4j;

internal sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyDictionary<string, Relationship>> GetRelationshipsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0) return new Dictionary<string, Relationship>();
        var result = await Read(RelationshipStatements.ByIds, new() { ["ids"] = Distinct(ids) }, cancellationToken);
        return result.Rows.Select(row => RecordReader.Relationship(row[0])).ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(IReadOnlyCollection<string> entityIds, RelationshipFilter filter, CancellationToken cancellationToken = default) =>
        RelationshipsTouching(entityIds, filter, [], cancellationToken);

    /// <summary>The relationships touching the entities that the filter keeps, whose other end is one of them or of one of the kinds (any when empty).</summary>
    private async Task<IReadOnlyList<Relationship>> RelationshipsTouching(
        IReadOnlyCollection<string> entityIds, RelationshipFilter filter, IReadOnlyCollection<EntityKind> kinds, CancellationToken cancellationToken)
    {
        if (entityIds.Count == 0) return [];
        var statement = filter.Direction switch
        {
            Direction.Outgoing => RelationshipStatements.Outgoing,
            Direction.Incoming => RelationshipStatements.Incoming,
            _ => RelationshipStatements.Both,
        };
        var result = await Read(statement, new()
        {
            ["ids"] = Distinct(entityIds),
            ["types"] = Distinct(filter.Types),
            ["asOf"] = filter.AsOf is { } day ? GraphModel.Day(day) : null,
            ["kinds"] = kinds.Select(GraphModel.KindLabel).Distinct(StringComparer.Ordinal).ToList(),
        }, cancellationToken);
        return [.. result.Rows.Select(row => RecordReader.Relationship(row[0]))];
    }

    public async Task<RelationshipSummary?> SummarizeRelationshipsAsync(string id, SanctionTiming timing, CancellationToken cancellationToken = default)
    {
        var result = await Read(RelationshipStatements.Summary, new()
        {
            ["id"] = id,
            ["asOf"] = timing.AsOf is { } day ? GraphModel.Day(day) : null,
            ["knownAsOf"] = timing.KnownAsOf is { } known ? GraphModel.Day(known) : null,
            ["published"] = await Publications(timing.KnownAsOf, cancellationToken),
        }, cancellationToken);
        if (RecordReader.Rows(result).FirstOrDefault() is not { } row) return null;
        var groups = RecordReader.List(row("groups"), "groups").Select(item =>
        {
            var group = RecordReader.Map(item, "group");
            return new RelationshipGroup(
                RecordReader.String(group.GetValueOrDefault("type"), "type"),
                RecordReader.String(group.GetValueOrDefault("direction"), "direction") == "OUTGOING" ? Direction.Outgoing : Direction.Incoming,
                (int)RecordReader.Long(group.GetValueOrDefault("count"), "count"));
        });
        return new RelationshipSummary(id, RelationshipSummary.Ordered(groups),
            (int)RecordReader.Long(row("neighbours"), "neighbours"), (int)RecordReader.Long(row("sanctioned"), "sanctioned"));
    }
}
