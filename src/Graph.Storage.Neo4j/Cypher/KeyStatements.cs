namespace Graph.Storage.Neo4j.Cypher;

/// <summary>
/// The exact-name index: one <c>(:EntityKey {key})</c> node per distinct lower-cased id, name or alias, unique by
/// <c>key</c> (so a look-up is an index seek and <c>MERGE</c> is safe under concurrent writers), with a
/// <c>(:EntityKey)-[:KEY_OF]->(:Entity)</c> relationship to every entity whose <c>keys</c> hold it. Entity writes
/// keep it in step inside their transaction (<see cref="Sync"/>); start-up builds what is missing or stale
/// (<see cref="Rebuild"/>), so that graphs loaded from exports, which write only <c>keys</c>, are indexed too.
/// </summary>
/// <remarks>
/// An index entry holds at most about 8 kB, so a key node holds the first <see cref="PrefixLength"/> characters
/// of a key; look-ups seek the prefix and then keep the entities whose <c>keys</c> hold the whole key, which also
/// makes a stale link harmless.
/// </remarks>
internal static class KeyStatements
{
    /// <summary>How many characters of a key its key node holds: at most 4,000 bytes of UTF-8, well within an index entry.</summary>
    public const int PrefixLength = 1000;

    public const string Label = GraphModel.EntityKeyLabel;

    public const string Type = GraphModel.KeyOfType;

    /// <summary>The key node's value for a key expression.</summary>
    public static string Prefix(string key) => $"left({key}, {PrefixLength})";

    /// <summary>The key nodes an entity's <c>keys</c> call for, as a list expression.</summary>
    private static string Wanted(string n) => $"[key IN coalesce({n}.keys, []) | {Prefix("key")}]";

    /// <summary>
    /// Makes the key links of the entity bound to <paramref name="n"/> match its <c>keys</c>: links to keys it no
    /// longer has are deleted, with their key node when no entity is left on it; every key is merged and linked.
    /// Both parts are unit subqueries, so the row goes on whatever they match, an entity without keys included.
    /// </summary>
    public static string Sync(string n) => $$"""
        CALL ({{n}}) {
          MATCH (k:{{Label}})-[old:{{Type}}]->({{n}}) WHERE NOT k.key IN {{Wanted(n)}}
          DELETE old
          WITH DISTINCT k
          WHERE NOT EXISTS { (k)-[:{{Type}}]->() }
          DELETE k
        }
        CALL ({{n}}) {
          UNWIND coalesce({{n}}.keys, []) AS key
          WITH DISTINCT {{Prefix("key")}} AS prefix
          MERGE (k:{{Label}} {key: prefix})
          MERGE (k)-[:{{Type}}]->({{n}})
        }
        """;

    /// <summary>
    /// Checks the entities of one window of the insertion order (after <c>$after</c>, at most <c>$limit</c>) and
    /// syncs those whose key links differ from their <c>keys</c>. Answers the window's last sequence number (null
    /// past the end) and how many entities it rebuilt; start-up runs it window by window, each in a transaction
    /// of its own, so that a graph of millions is indexed in bounded steps and a failed start resumes.
    /// </summary>
    /// <remarks>
    /// It first locks the meta node, as every write does before anything else (see <see cref="WriteStatements.Reserve"/>),
    /// without changing it: so a window and a write by another process take turns, and neither syncs keys from an
    /// entity the other is rewriting nor deletes a key node the other is linking.
    /// </remarks>
    public static CypherStatement Rebuild { get; } = new(
        "Keys.Rebuild",
        $$"""
        CALL () {
          MATCH (m:GraphMeta {id: 'graph'})
          SET m.keyIndexLock = true
          REMOVE m.keyIndexLock
        }
        MATCH (n:Entity) WHERE n.seq > $after
        WITH n ORDER BY n.seq LIMIT $limit
        WITH collect(n) AS window, max(n.seq) AS last
        CALL (window) {
          UNWIND window AS n
          WITH n, {{Wanted("n")}} AS wanted, COLLECT { MATCH (k:{{Label}})-[:{{Type}}]->(n) RETURN k.key } AS linked
          WHERE any(key IN wanted WHERE NOT key IN linked) OR any(key IN linked WHERE NOT key IN wanted)
          {{Indent(Sync("n"), "  ")}}
          RETURN count(n) AS rebuilt
        }
        RETURN last, rebuilt
        """,
        "after", "limit");

    /// <summary>Moves the change stamp after a rebuild, since names may now resolve that did not before.</summary>
    public static CypherStatement Rebuilt { get; } = new(
        "Keys.Rebuilt",
        "MATCH (m:GraphMeta {id: 'graph'}) SET m.stamp = m.stamp + 1");

    public static IEnumerable<CypherStatement> All => [Rebuild, Rebuilt];

    /// <summary>The text with every line but the first indented, for fragments placed inside a block.</summary>
    internal static string Indent(string text, string by) => text.Replace("\n", "\n" + by, StringComparison.Ordinal);
}
