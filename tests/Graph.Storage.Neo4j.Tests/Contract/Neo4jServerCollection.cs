namespace Graph.Storage.Neo4j.Tests.Contract;

/// <summary>Tests that empty the one Neo4j database they share, so they must not run beside each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Neo4jServerCollection
{
    public const string Name = "Neo4j server";
}
