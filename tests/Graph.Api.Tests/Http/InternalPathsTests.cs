using Graph.Api.Errors;

namespace Graph.Api.Tests.Http;

public sealed class InternalPathsTests
{
    [Theory]
    [InlineData("Could not find a part of the path '/srv/graph/data/graph.db'.", "Could not find a part of the path 'graph.db'.")]
    [InlineData("/tmp/graph-tests/abc/graph.db is locked", "graph.db is locked")]
    [InlineData(@"Access to C:\data\graph\graph.db was denied", "Access to graph.db was denied")]
    public void An_absolute_path_in_a_message_becomes_its_file_name(string message, string redacted)
    {
        Assert.Equal(redacted, InternalPaths.Redact(message));
    }

    [Theory]
    [InlineData("http://neo4j:7474/db/neo4j database neo4j")]
    [InlineData("SQLite 3.46.1, schema version 3")]
    [InlineData("a/b relative and 1/2 ratios")]
    public void Addresses_and_ordinary_text_are_left_alone(string message)
    {
        Assert.Equal(message, InternalPaths.Redact(message));
    }
}
