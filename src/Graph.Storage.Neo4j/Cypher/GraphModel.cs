using Graph.Domain.Model;

namespace Graph.Storage.Neo4j.Cypher;

/// <summary>
/// How the graph's records map onto Neo4j's nodes and relationships, in one place: the store writes these and
/// reads them back, and the Cypher and neo4j-admin exports write the same shapes.
/// </summary>
public static class GraphModel
{
    /// <summary>The node of an entity.</summary>
    public static NodeRecord Node(Entity entity) => throw new NotImplementedException();

    /// <summary>The node of a sanction.</summary>
    public static NodeRecord Node(Sanction sanction) => throw new NotImplementedException();

    /// <summary>The relationships that tie a sanction to its target and authority.</summary>
    public static IReadOnlyList<EdgeRecord> Edges(Sanction sanction) => throw new NotImplementedException();

    /// <summary>The typed Neo4j relationship of a relationship.</summary>
    public static EdgeRecord Edge(Relationship relationship) => throw new NotImplementedException();
}
