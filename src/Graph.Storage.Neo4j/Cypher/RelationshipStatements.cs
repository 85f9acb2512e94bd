namespace Graph.Storage.Neo4j.Cypher;

/// <summary>Reads of relationships: by id across every type, and those touching entities.</summary>
internal static class RelationshipStatements
{
    /// <summary>
    /// Relationship indexes hold one type each, so a look-up by id asks each type's index and unites the answers.
    /// </summary>
    public static CypherStatement ByIds { get; } = new(
        "Relationships.ByIds",
        $$"""
        CALL () {
          {{AcrossTypes("MATCH ()-[r:{0}]->() WHERE r.id IN $ids RETURN r")}}
        }
        RETURN {{Projections.Relationship("r")}} AS relationship
        """,
        "ids");

    public static CypherStatement Outgoing { get; } = Touching("Outgoing", "(n)-[r:{0}]->(m)");

    public static CypherStatement Incoming { get; } = Touching("Incoming", "(n)<-[r:{0}]-(m)");

    public static CypherStatement Both { get; } = Touching("Both", "(n)-[r:{0}]-(m)");

    /// <summary>
    /// An entity's relationships that held on <c>$asOf</c> counted per type and direction (one to itself counts once,
    /// as outgoing), its distinct neighbours, and those of them a sanction targets on the day (<c>$asOf</c>,
    /// <c>$knownAsOf</c>); no row for an unknown id.
    /// </summary>
    public static CypherStatement Summary { get; } = new(
        "Relationships.Summary",
        $$"""
        MATCH (n:Entity {id: $id})
        CALL (n) {
          OPTIONAL MATCH (n)-[r:{{Projections.AllRelationshipTypes}}]-()
          WHERE {{Holds("r")}}
          WITH DISTINCT n, r WHERE r IS NOT NULL
          WITH r.type AS type, CASE WHEN startNode(r) = n THEN 'OUTGOING' ELSE 'INCOMING' END AS direction, count(r) AS count
          RETURN collect({type: type, direction: direction, count: count}) AS groups
        }
        CALL (n) {
          OPTIONAL MATCH (n)-[r:{{Projections.AllRelationshipTypes}}]-(m:Entity)
          WHERE m <> n AND {{Holds("r")}}
          WITH DISTINCT m WHERE m IS NOT NULL
          RETURN count(m) AS neighbours,
            count(CASE WHEN EXISTS {
              MATCH (s:Sanction) WHERE s.targetId = m.id AND {{SanctionStatements.Held("$asOf")}} AND {{SanctionStatements.Known("$knownAsOf", "$published")}}
            } THEN 1 END) AS sanctioned
        }
        RETURN groups, neighbours, sanctioned
        """,
        "id", "asOf", "knownAsOf", "published");

    public static IEnumerable<CypherStatement> All => [ByIds, Outgoing, Incoming, Both, Summary];

    /// <summary>One branch per relationship type, joined by UNION, each using its type's index.</summary>
    internal static string AcrossTypes(string branch) =>
        string.Join("\n  UNION\n  ", GraphModel.RelationshipTypes.Select(type => string.Format(System.Globalization.CultureInfo.InvariantCulture, branch, type)));

    /// <summary>
    /// A relationship that held on <c>$asOf</c> (all when it is null), as <see cref="Domain.Model.Holding"/> says. Its
    /// dates are partial ISO text, whose order is the order of the first days they stand for; an end date holds on
    /// to the last day it stands for, so it is compared with the day cut to its own length ("2023-07" holds on 2023-07-15).
    /// </summary>
    internal static string Holds(string r) =>
        $"($asOf IS NULL OR (({r}.startDate IS NULL OR {r}.startDate <= $asOf) AND ({r}.endDate IS NULL OR {r}.endDate >= left($asOf, size({r}.endDate)))))";

    /// <summary>
    /// The relationships of the given types (all when <c>$types</c> is empty) at the given entities, by insertion, that
    /// held on <c>$asOf</c>, whose other end is one of the entities or of one of <c>$kinds</c> (any when it is empty).
    /// </summary>
    private static CypherStatement Touching(string direction, string pattern) => new(
        $"Relationships.Touching.{direction}",
        $"""
        MATCH (n:Entity) WHERE n.id IN $ids
        MATCH {string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, Projections.AllRelationshipTypes)}
        WHERE (size($types) = 0 OR r.type IN $types)
          AND {Holds("r")}
          AND (size($kinds) = 0 OR m.id IN $ids OR m.kind IN $kinds)
        WITH DISTINCT r
        RETURN {Projections.Relationship("r")} AS relationship
        ORDER BY r.seq
        """,
        "ids", "types", "asOf", "kinds");
}
