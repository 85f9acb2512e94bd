using Graph.Domain.Model;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Export.Reading;

/// <summary>An edge of the graph model with the labels of its two nodes, which hold the ids in separate spaces.</summary>
internal sealed record LabelledEdge(EdgeRecord Edge, string StartLabel, string EndLabel);

/// <summary>
/// The edges that tie a sanction to its target and authority, with the label of each end. A sanction and its target
/// may share an id (OFAC's entry "ofac-42618" is both), so the ends are told apart by their place in the model's
/// shape, learnt once from a sanction whose ids all differ, not by comparing ids.
/// </summary>
internal static class SanctionEdges
{
    private static readonly Sanction Probe = ModelSamples.Sanction;

    private static readonly (string Start, string End)[] Shape =
        [.. GraphModel.Edges(Probe).Select(e => (LabelOf(e.StartId), LabelOf(e.EndId)))];

    public static IEnumerable<LabelledEdge> Of(Sanction sanction)
    {
        var edges = GraphModel.Edges(sanction);
        if (edges.Count != Shape.Length)
        {
            throw new InvalidOperationException($"The graph model gives the sanction '{sanction.Id}' {edges.Count} edges where the export expects {Shape.Length}.");
        }
        return edges.Select((edge, i) => new LabelledEdge(edge, Shape[i].Start, Shape[i].End));
    }

    /// <summary>The label pairs of the edges of any sanction, in the model's order.</summary>
    public static IReadOnlyList<(string Start, string End)> Ends => Shape;

    private static string LabelOf(string id) => id == Probe.Id ? GraphModel.SanctionLabel : GraphModel.EntityLabel;
}
