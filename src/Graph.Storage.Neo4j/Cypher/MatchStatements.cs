namespace Graph.Storage.Neo4j.Cypher;

/// <summary>
/// The match-candidate index: a full-text index over <c>matchKeyText</c> (<see cref="MatchKeyText"/>), which each
/// entity node carries from <see cref="GraphModel.Node(Domain.Model.Entity)"/>, and the version of the rules that
/// made it on the meta node, so that start-up rebuilds it when the rules move (<see cref="Domain.Matching.MatchKeys.Version"/>).
/// </summary>
/// <remarks>
/// Why full-text: Neo4j 5's range indexes do not serve membership in a list property, and text indexes only serve
/// whole-string and substring predicates with no bound per key; key nodes, as the exact-name index has, would add a
/// relationship per key and entity and make every writer of a common name lock one node. A Lucene index keeps one
/// posting list per term, is updated in the writing transaction (it is not eventually consistent unless so
/// configured), and <c>queryNodes</c> stops at a limit. The <c>whitespace</c> analyzer keeps each key one exact
/// term: no case folding, no splitting at <c>:</c>, no stop words.
/// </remarks>
internal static class MatchStatements
{
    /// <summary>The full-text index over the match keys.</summary>
    public const string Index = "entity_match_keys";

    public static CypherStatement CreateIndex { get; } = new(
        "Schema.MatchKeyIndex",
        $$$"""
        CREATE FULLTEXT INDEX {{{Index}}} IF NOT EXISTS FOR (n:Entity) ON EACH [n.matchKeyText]
        OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}
        """);

    /// <summary>
    /// For each key (<c>{key, term, weight}</c>), at most <c>$perKey</c> entities of the index; what the keys each entity
    /// was found under are worth summed (<see cref="Domain.Store.MatchCandidateQuery.Worth"/>: the weight over the log
    /// of two more than the entities the key read), the best <c>$limit</c> ids kept in order (ties by insertion
    /// order), and how many entities each key read. One row, whatever was found.
    /// </summary>
    public static CypherStatement Candidates { get; } = new(
        "Match.Candidates",
        $$"""
        UNWIND $keys AS key
        CALL (key) {
          CALL db.index.fulltext.queryNodes('{{Index}}', key.term, {limit: $perKey}) YIELD node
          RETURN collect(node) AS nodes
        }
        WITH collect({key: key.key, weight: key.weight, nodes: nodes}) AS found
        CALL (found) {
          UNWIND found AS f
          UNWIND f.nodes AS node
          WITH node, sum(f.weight / log(2.0 + size(f.nodes))) AS weight
          ORDER BY weight DESC, node.seq ASC
          LIMIT $limit
          RETURN collect(node.id) AS ids
        }
        RETURN ids, [f IN found | {key: f.key, count: size(f.nodes)}] AS counts
        """,
        "keys", "perKey", "limit");

    /// <summary>The version of the rules the index was last built under, or no row before the meta node exists.</summary>
    public static CypherStatement Version { get; } = new(
        "Match.Version",
        "MATCH (m:GraphMeta {id: 'graph'}) RETURN m.matchKeysVersion AS version");

    /// <summary>One window of the insertion order (after <c>$after</c>, at most <c>$limit</c>), for a rebuild to make keys of.</summary>
    public static CypherStatement Window { get; } = new(
        "Match.Window",
        $"""
        MATCH (n:Entity) WHERE n.seq > $after
        WITH n ORDER BY n.seq LIMIT $limit
        RETURN {Projections.Entity("n")} AS entity
        """,
        "after", "limit");

    /// <summary>
    /// Sets rebuilt keys, each only on an entity that still has the kind, name, aliases and properties the keys were
    /// made from: one that a write changed meanwhile already carries the keys of its new self.
    /// </summary>
    public static CypherStatement SetKeys { get; } = new(
        "Match.SetKeys",
        """
        UNWIND $rows AS row
        MATCH (n:Entity {id: row.id})
        WHERE n.kind = row.kind AND n.name = row.name
          AND coalesce(n.aliases, []) = coalesce(row.aliases, []) AND coalesce(n.properties, '') = coalesce(row.properties, '')
        SET n.matchKeyText = row.text
        """,
        "rows");

    /// <summary>Records the version a rebuild reached and moves the change stamp, since candidates may now differ.</summary>
    public static CypherStatement Built { get; } = new(
        "Match.Built",
        "MATCH (m:GraphMeta {id: 'graph'}) SET m.matchKeysVersion = $version, m.stamp = m.stamp + 1",
        "version");

    public static IEnumerable<CypherStatement> All => [Candidates, Version, Window, SetKeys, Built];
}
