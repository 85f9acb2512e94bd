using Graph.Storage.Neo4j.Cypher;

namespace Graph.Export.Reading;

/// <summary>
/// The Neo4j store's meta node, which holds the last sequence number it handed out and its change stamp. A graph
/// loaded from an export must carry it, set past the export's numbers, or the store's next write would reuse them.
/// The store keeps this shape to itself (its schema statements in <see cref="CypherCatalog"/> name it); a test holds
/// the two together.
/// </summary>
internal static class StoreMeta
{
    public const string Label = "GraphMeta";
    public const string Id = "graph";
    public const string StampProperty = "stamp";

    /// <summary>The meta node of a freshly loaded graph whose records are numbered up to <paramref name="lastSeq"/>.</summary>
    public static NodeRecord Node(long lastSeq) => new(Id, [Label], new Dictionary<string, object?>
    {
        ["id"] = Id,
        [GraphModel.SequenceProperty] = lastSeq,
        [StampProperty] = 1L,
    });
}
