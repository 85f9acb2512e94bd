namespace Graph.Storage.Neo4j.Http;

/// <summary>What <see cref="QueryApiClient.PingAsync"/> learnt of the server, for health and readiness reports.</summary>
/// <param name="Uri">The server's HTTP address.</param>
/// <param name="Database">The database that answered <c>RETURN 1</c>.</param>
/// <param name="Version">The server's version from its discovery document, or null when it has none (e.g. Aura).</param>
/// <param name="Edition">"community" or "enterprise", or null when unknown.</param>
/// <param name="RoundTrip">How long the ping took.</param>
public sealed record Neo4jServerInfo(Uri Uri, string Database, string? Version, string? Edition, TimeSpan RoundTrip);
