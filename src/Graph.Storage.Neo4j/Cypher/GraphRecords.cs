namespace Graph.Storage.Neo4j.Cypher;

/// <summary>
/// A node as Neo4j holds it: its id, its labels (e.g. <c>Entity</c> and <c>Person</c>) and its properties, whose
/// values are what Cypher can store: <c>null</c>, <see cref="string"/>, <see cref="long"/>, <see cref="double"/>,
/// <see cref="bool"/> or a list of strings.
/// </summary>
public sealed record NodeRecord(string Id, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A typed relationship as Neo4j holds it, between two nodes named by id, with its properties.</summary>
public sealed record EdgeRecord(string Type, string StartId, string EndId, IReadOnlyDictionary<string, object?> Properties);
