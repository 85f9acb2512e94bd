namespace Graph.Storage.Neo4j.Cypher;

/// <summary>Constraints, indexes and the meta node, each created only when missing, so start-up may repeat them.</summary>
internal static class SchemaStatements
{
    /// <summary>The full-text index over names and aliases, folding case and diacritics.</summary>
    public const string NameIndex = "entity_names";

    public static IReadOnlyList<CypherStatement> Definitions { get; } =
    [
        new("Schema.EntityId", "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE"),
        new("Schema.SanctionId", "CREATE CONSTRAINT sanction_id IF NOT EXISTS FOR (s:Sanction) REQUIRE s.id IS UNIQUE"),
        new("Schema.MetaId", "CREATE CONSTRAINT graph_meta_id IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.id IS UNIQUE"),
        // The exact-name index (see KeyStatements): unique, so that look-ups seek it and concurrent MERGEs make one node.
        new("Schema.EntityKey", $"CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (k:{KeyStatements.Label}) REQUIRE k.key IS UNIQUE"),
        new("Schema.EntitySeq", "CREATE INDEX entity_seq IF NOT EXISTS FOR (n:Entity) ON (n.seq)"),
        new("Schema.EntityKind", "CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)"),
        new("Schema.SanctionSeq", "CREATE INDEX sanction_seq IF NOT EXISTS FOR (s:Sanction) ON (s.seq)"),
        new("Schema.SanctionTarget", "CREATE INDEX sanction_target IF NOT EXISTS FOR (s:Sanction) ON (s.targetId)"),
        new("Schema.SanctionAuthority", "CREATE INDEX sanction_authority IF NOT EXISTS FOR (s:Sanction) ON (s.authorityId)"),
        new("Schema.SanctionDataset", "CREATE INDEX sanction_dataset IF NOT EXISTS FOR (s:Sanction) ON (s.dataset)"),
        new("Schema.SanctionFirstSeen", "CREATE INDEX sanction_first_seen IF NOT EXISTS FOR (s:Sanction) ON (s.firstSeenDay)"),
        new("Schema.SanctionEnded", "CREATE INDEX sanction_ended IF NOT EXISTS FOR (s:Sanction) ON (s.endedMin)"),
        .. GraphModel.RelationshipTypes.Select(type => new CypherStatement(
            $"Schema.RelationshipId.{type}",
            $"CREATE INDEX relationship_id_{type.ToLowerInvariant()} IF NOT EXISTS FOR ()-[r:{type}]-() ON (r.id)")),
        new("Schema.NameIndex", $$$"""
            CREATE FULLTEXT INDEX {{{NameIndex}}} IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText]
            OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}
            """),
        MatchStatements.CreateIndex,
    ];

    /// <summary>The node that holds the insertion counter and the change stamp.</summary>
    public static CypherStatement EnsureMeta { get; } = new(
        "Schema.EnsureMeta",
        "MERGE (m:GraphMeta {id: 'graph'}) ON CREATE SET m.seq = 0, m.stamp = 0");

    /// <summary>Waits until new indexes are online, so that the first search after start finds what is written.</summary>
    public static CypherStatement AwaitIndexes { get; } = new("Schema.AwaitIndexes", "CALL db.awaitIndexes($seconds)", "seconds");

    public static IEnumerable<CypherStatement> All => [.. Definitions, EnsureMeta, AwaitIndexes];
}
