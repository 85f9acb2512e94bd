using Graph.Domain.Model;
using Graph.Domain.Store;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    private const string RelationshipColumns = "seq, id, type, from_id, to_id, body";

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(IReadOnlyCollection<string> entityIds, RelationshipFilter filter, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<Relationship>>(session => RelationshipsTouching(session, entityIds, filter), cancellationToken);

    public Task<IReadOnlyDictionary<string, Relationship>> GetRelationshipsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyDictionary<string, Relationship>>(session => ReadRelationships(session.Command(
            $"SELECT {RelationshipColumns} FROM relationships WHERE id IN (SELECT value FROM json_each($ids))",
            ("$ids", JsonList(ids)))).ToDictionary(r => r.Id, StringComparer.Ordinal), cancellationToken);

    /// <summary>A relationship that held on <c>$asOf</c>, as <see cref="Holding.HoldsOn(Relationship, DateOnly)"/> says.</summary>
    private const string HoldsClause = " AND (start_min IS NULL OR start_min <= $asOf) AND (end_max IS NULL OR end_max >= $asOf)";

    /// <summary>
    /// The relationships touching the entities that the filter keeps, by insertion; with <paramref name="kinds"/>,
    /// only those whose other end is one of the entities or of one of the kinds.
    /// </summary>
    private static List<Relationship> RelationshipsTouching(
        SqliteSession session, IReadOnlyCollection<string> entityIds, RelationshipFilter filter, IReadOnlyCollection<EntityKind>? kinds = null)
    {
        var clauses = (filter.Types.Count > 0 ? " AND type IN (SELECT value FROM json_each($types))" : "")
            + (filter.AsOf is null ? "" : HoldsClause);
        var kindOf = (string end) => kinds is { Count: > 0 }
            ? $" AND ({end} IN (SELECT value FROM json_each($ids)) OR EXISTS (SELECT 1 FROM entities e WHERE e.id = {end} AND e.kind IN (SELECT value FROM json_each($kinds))))"
            : "";
        var outgoing = $"SELECT {RelationshipColumns} FROM relationships WHERE from_id IN (SELECT value FROM json_each($ids)){clauses}{kindOf("to_id")}";
        var incoming = $"SELECT {RelationshipColumns} FROM relationships WHERE to_id IN (SELECT value FROM json_each($ids)){clauses}{kindOf("from_id")}";
        var sql = filter.Direction switch
        {
            Direction.Outgoing => outgoing,
            Direction.Incoming => incoming,
            // UNION ALL without the outgoing rows again: a UNION would sort and compare whole rows, bodies included, to
            // drop the duplicates that only a relationship with both ends among the ids can make.
            _ => $"{outgoing} UNION ALL {incoming} AND from_id NOT IN (SELECT value FROM json_each($ids))",
        };
        var command = session.Command($"{sql} ORDER BY seq",
            ("$ids", JsonList(entityIds)),
            ("$types", filter.Types.Count > 0 ? JsonList(filter.Types) : null),
            ("$asOf", filter.AsOf is { } day ? Day(day) : null),
            ("$kinds", kinds is { Count: > 0 } ? JsonList([.. kinds.Select(kind => kind.ToString())]) : null));
        return ReadRelationships(command);
    }

    public Task<RelationshipSummary?> SummarizeRelationshipsAsync(string id, SanctionTiming timing, CancellationToken cancellationToken = default) =>
        Read(session =>
        {
            if (session.Command("SELECT 1 FROM entities WHERE id = $id", ("$id", id)).ExecuteScalar() is null) return null;
            var holds = timing.AsOf is null ? "" : HoldsClause;
            var (held, arguments) = TimingWhere(session, timing.AsOf, timing.KnownAsOf);
            // The relationships' day is the sanctions' $asOf, which the timing's clauses already carry.
            arguments.Add(("$id", id));
            var groups = new List<RelationshipGroup>();
            using (var reader = session.Command(
                $"""
                SELECT type, 0, count(*) FROM relationships WHERE from_id = $id{holds} GROUP BY type
                UNION ALL
                SELECT type, 1, count(*) FROM relationships WHERE to_id = $id AND from_id <> $id{holds} GROUP BY type
                """, [.. arguments]).ExecuteReader())
            {
                while (reader.Read()) groups.Add(new RelationshipGroup(reader.GetString(0), reader.GetInt64(1) == 0 ? Direction.Outgoing : Direction.Incoming, (int)reader.GetInt64(2)));
            }
            using var counts = session.Command(
                $"""
                WITH neighbours (id) AS (
                    SELECT to_id FROM relationships WHERE from_id = $id{holds}
                    UNION SELECT from_id FROM relationships WHERE to_id = $id{holds})
                SELECT count(*), coalesce(sum(EXISTS (SELECT 1 FROM sanctions s WHERE s.target_id = neighbours.id AND {held})), 0)
                FROM neighbours WHERE id <> $id
                """, [.. arguments]).ExecuteReader();
            counts.Read();
            return new RelationshipSummary(id, RelationshipSummary.Ordered(groups), (int)counts.GetInt64(0), (int)counts.GetInt64(1));
        }, cancellationToken);

    private static Dictionary<long, Relationship> RelationshipsBySeq(SqliteSession session, IReadOnlyCollection<long> seqs)
    {
        using var reader = session.Command(
            $"SELECT {RelationshipColumns} FROM relationships WHERE seq IN (SELECT value FROM json_each($seqs))",
            ("$seqs", JsonList(seqs))).ExecuteReader();
        var rows = new Dictionary<long, Relationship>();
        while (reader.Read()) rows[reader.GetInt64(0)] = ReadRelationship(reader);
        return rows;
    }

    private static List<Relationship> ReadRelationships(SqliteCommand command)
    {
        var rows = new List<Relationship>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) rows.Add(ReadRelationship(reader));
        return rows;
    }

    private static Relationship ReadRelationship(SqliteDataReader reader) =>
        RecordBodies.ReadRelationship(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5));
}
