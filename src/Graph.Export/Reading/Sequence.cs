using Graph.Storage.Neo4j.Cypher;

namespace Graph.Export.Reading;

/// <summary>
/// Numbers exported records as the Neo4j store does (<see cref="GraphModel.SequenceProperty"/>): one sequence shared by
/// entities, sanctions and relationships, in the order the export reads them, so that each list keeps its order. The
/// ties of a sanction to its target and authority carry no number, as in the store.
/// </summary>
internal sealed class Sequence
{
    public long Last { get; private set; }

    public NodeRecord Next(NodeRecord node) => node with { Properties = With(node.Properties, ++Last) };

    public EdgeRecord Next(EdgeRecord edge) => edge with { Properties = With(edge.Properties, ++Last) };

    /// <summary>The record as a sample of its columns: numbered, whatever the number.</summary>
    public static NodeRecord Sample(NodeRecord node) => node with { Properties = With(node.Properties, 0) };

    public static EdgeRecord Sample(EdgeRecord edge) => edge with { Properties = With(edge.Properties, 0) };

    private static Dictionary<string, object?> With(IReadOnlyDictionary<string, object?> properties, long seq) =>
        new(properties, StringComparer.Ordinal) { [GraphModel.SequenceProperty] = seq };
}
