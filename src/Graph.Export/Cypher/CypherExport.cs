using System.Text;
using Graph.Domain.Store;
using Graph.Export.Reading;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Export.Cypher;

/// <summary>
/// Writes the whole graph as a Cypher script for <c>cypher-shell -f</c>: the Neo4j store's schema first, then one
/// MERGE statement per node and per relationship in the shapes of <see cref="GraphModel"/>, numbered as the store
/// numbers them, and last the store's meta node. Running it twice changes nothing but the change stamp. Every
/// statement ends with <c>;</c> at the end of its one line: no literal spans lines.
/// </summary>
/// <remarks>
/// The statements are not grouped in <c>:begin</c>/<c>:commit</c> blocks: cypher-shell would take them, but Neo4j's
/// linter (tests/cypher-lint) rejects those commands, and the script must lint clean.
/// </remarks>
public static class CypherExport
{
    /// <summary>Reads every record of <paramref name="store"/> page by page and writes the script to <paramref name="output"/>.</summary>
    public static async Task<ExportSummary> WriteAsync(IGraphStore store, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(output);
        var text = new StringBuilder(64 * 1024);
        text.Append("// The sanctions graph as an idempotent Cypher script, for: cypher-shell -f graph.cypher\n");
        text.Append("// Schema first, then nodes (merged on label and id), relationships, and the store's sequence counter.\n");
        foreach (var statement in CypherSchema.Statements) text.Append(statement).Append(";\n");

        var sequence = new Sequence();
        long entities = 0, sanctions = 0, relationships = 0;
        await foreach (var page in GraphPages.EntitiesAsync(store, cancellationToken))
        {
            foreach (var entity in page) CypherStatements.Node(text, sequence.Next(GraphModel.Node(entity)));
            entities += page.Count;
            await FlushAsync(text, output, cancellationToken);
        }
        await foreach (var page in GraphPages.SanctionsAsync(store, cancellationToken))
        {
            foreach (var sanction in page)
            {
                CypherStatements.Node(text, sequence.Next(GraphModel.Node(sanction)));
                foreach (var (edge, start, end) in SanctionEdges.Of(sanction)) CypherStatements.Edge(text, edge, start, end);
            }
            sanctions += page.Count;
            await FlushAsync(text, output, cancellationToken);
        }
        await foreach (var (_, page) in GraphPages.RelationshipsAsync(store, Direction.Outgoing, cancellationToken))
        {
            foreach (var relationship in page)
            {
                CypherStatements.Edge(text, sequence.Next(GraphModel.Edge(relationship)), GraphModel.EntityLabel, GraphModel.EntityLabel);
            }
            relationships += page.Count;
            await FlushAsync(text, output, cancellationToken);
        }
        CypherStatements.Meta(text, sequence.Last);
        await FlushAsync(text, output, cancellationToken);
        await output.FlushAsync(cancellationToken);
        return new ExportSummary(entities, sanctions, relationships);
    }

    private static async Task FlushAsync(StringBuilder text, TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteAsync(text, cancellationToken);
        text.Clear();
    }
}
