using System.Text;
using Graph.Export.Reading;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Export.Cypher;

/// <summary>
/// The idempotent statements of a Cypher export. A node is merged on its first label and id (the label the id
/// constraint indexes) and its properties are replaced, as the store replaces them; a relationship is merged between
/// its two nodes, found by label and id, on its type and id when it has one.
/// </summary>
internal static class CypherStatements
{
    private const string IdKey = "id";

    /// <summary>
    /// <c>MERGE (n:Entity {id: '…'}) REMOVE n:Person:Organization:… SET n = {…}, n:Person;</c>: an entity whose kind
    /// changed since an earlier run loses its old kind label, as it does in the store.
    /// </summary>
    public static void Node(StringBuilder output, NodeRecord node)
    {
        if (node.Labels.Count == 0) throw new ArgumentException($"The node '{node.Id}' has no label to merge it on.", nameof(node));
        Merge(output, node.Labels[0], node.Id);
        if (node.Labels[0] == GraphModel.EntityLabel)
        {
            output.Append(" REMOVE n");
            foreach (var kind in GraphModel.KindLabels)
            {
                output.Append(':');
                CypherText.Name(output, kind);
            }
        }
        output.Append(" SET n = ");
        CypherText.Map(output, node.Properties);
        foreach (var label in node.Labels.Skip(1))
        {
            output.Append(", n:");
            CypherText.Name(output, label);
        }
        output.Append(";\n");
    }

    /// <summary><c>MATCH (a:Entity {id: '…'}) MATCH (b:Entity {id: '…'}) MERGE (a)-[r:TYPE {id: '…'}]->(b) SET r = {…};</c></summary>
    /// <remarks>Two MATCH clauses rather than one with two patterns: the linter warns of a cartesian product otherwise.</remarks>
    public static void Edge(StringBuilder output, EdgeRecord edge, string startLabel, string endLabel)
    {
        Match(output, "a", startLabel, edge.StartId);
        Match(output, "b", endLabel, edge.EndId);
        output.Append("MERGE (a)-[r:");
        CypherText.Name(output, edge.Type);
        if (edge.Properties.GetValueOrDefault(IdKey) is { } id)
        {
            output.Append(" {id: ");
            CypherText.Value(output, id);
            output.Append('}');
        }
        output.Append("]->(b)");
        if (edge.Properties.Values.Any(v => v is not null))
        {
            output.Append(" SET r = ");
            CypherText.Map(output, edge.Properties);
        }
        output.Append(";\n");
    }

    /// <summary>The store's meta node, its counter moved past the export's numbers but never back.</summary>
    public static void Meta(StringBuilder output, long lastSeq)
    {
        const string seq = GraphModel.SequenceProperty, stamp = StoreMeta.StampProperty;
        Merge(output, StoreMeta.Label, StoreMeta.Id);
        output.Append($" ON CREATE SET n.{seq} = 0, n.{stamp} = 0");
        output.Append($" SET n.{seq} = CASE WHEN n.{seq} < {lastSeq} THEN {lastSeq} ELSE n.{seq} END, n.{stamp} = n.{stamp} + 1;\n");
    }

    private static void Merge(StringBuilder output, string label, string id)
    {
        output.Append("MERGE (n:");
        CypherText.Name(output, label);
        output.Append(" {id: ");
        CypherText.String(output, id);
        output.Append("})");
    }

    private static void Match(StringBuilder output, string variable, string label, string id)
    {
        output.Append("MATCH (").Append(variable).Append(':');
        CypherText.Name(output, label);
        output.Append(" {id: ");
        CypherText.String(output, id);
        output.Append("}) ");
    }
}
