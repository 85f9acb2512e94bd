using Graph.Domain.Model;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Storage.Neo4j.Tests.Store;

/// <summary>Values as the Query API client decodes them: lists of objects and maps, built from the graph model.</summary>
internal static class Rows
{
    public static IReadOnlyDictionary<string, object?> Entity(Entity entity, long seq = 1) =>
        Projected(GraphModel.Node(entity).Properties, seq);

    public static IReadOnlyDictionary<string, object?> Sanction(Sanction sanction, long seq = 1) =>
        Projected(GraphModel.Node(sanction).Properties, seq);

    public static IReadOnlyDictionary<string, object?> Relationship(Relationship relationship, long seq = 1)
    {
        var edge = GraphModel.Edge(relationship);
        var map = Projected(edge.Properties, seq);
        map["fromId"] = edge.StartId;
        map["toId"] = edge.EndId;
        return map;
    }

    public static object? Decoded(object? value) => value switch
    {
        null or string => value,
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => Decoded(p.Value)),
        System.Collections.IEnumerable items => items.Cast<object?>().Select(Decoded).ToList(),
        _ => value,
    };

    private static Dictionary<string, object?> Projected(IReadOnlyDictionary<string, object?> properties, long seq)
    {
        var map = properties.ToDictionary(p => p.Key, p => Decoded(p.Value));
        map["seq"] = seq;
        return map;
    }
}
