namespace Graph.Storage.Neo4j.Cypher;

/// <summary>
/// The map projections every read returns, so that one reader turns any statement's rows back into records.
/// Properties a node lacks project as null.
/// </summary>
internal static class Projections
{
    public static string Entity(string n) =>
        $"{n} {{.id, .kind, .name, .aliases, .note, .properties, .sources, .seq}}";

    public static string Sanction(string s) =>
        $"{s} {{.id, .authorityId, .targetId, .programs, .provisions, .listedOn, .endedOn, .reason, .dataset, .firstSeen, .lastSeen, .note, .sources, .seq}}";

    public static string Relationship(string r) =>
        $"{r} {{.id, .type, .role, .startDate, .endDate, .note, .sources, .seq, fromId: startNode({r}).id, toId: endNode({r}).id}}";

    /// <summary>Every relationship type between entities, for patterns that must not wander into sanctions.</summary>
    public static string AllRelationshipTypes { get; } = string.Join('|', GraphModel.RelationshipTypes);
}
