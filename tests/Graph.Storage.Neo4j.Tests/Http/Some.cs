using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Http;

namespace Graph.Storage.Neo4j.Tests.Http;

/// <summary>Test data for the Query API client.</summary>
internal static class Some
{
    public static Neo4jStoreOptions Options() => new()
    {
        Uri = new Uri("http://neo4j.test:7474"),
        User = "neo4j",
        Password = "verysecret",
        Database = "sanctions",
    };

    /// <summary>Retries without real pauses, so that tests stay fast.</summary>
    public static RetryPolicy FastRetries { get; } = new() { InitialDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2) };

    public static CypherStatement Statement(string name = "entity.byId", string text = "MATCH (e:Entity {id: $id}) RETURN e", params string[] parameters) =>
        new(name, text, parameters);

    public static IReadOnlyDictionary<string, object?> NoParameters { get; } = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> Parameters(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);
}

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
