namespace Graph.Storage.Neo4j.Cypher;

/// <summary>
/// One parameterised Cypher statement the adapter can issue. Every statement lives in a catalog a test can
/// enumerate, so that each one is linted; <paramref name="Parameters"/> names every <c>$parameter</c> it uses.
/// </summary>
/// <param name="Name">A stable name, used in logs and error messages.</param>
/// <param name="Text">The Cypher text, with values only ever passed as parameters.</param>
/// <param name="Parameters">The names of the parameters the text uses, without the <c>$</c>.</param>
public sealed record CypherStatement(string Name, string Text, params string[] Parameters);
