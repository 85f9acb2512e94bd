using Graph.Domain.Store;
using Graph.Export.Cypher;
using Graph.Export.Tests.Infrastructure;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Tests.Cypher;

namespace Graph.Export.Tests.Cypher;

public sealed class CypherExportTests
{
    [Fact]
    public async Task The_export_of_names_that_need_escaping_lints_without_errors_or_warnings()
    {
        var (script, _) = await ExportAsync(Some.Batch);

        var result = await CypherLinter.LintScriptAsync("export.cypher", script, strict: true);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("0 error(s), 0 warning(s)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_node_reads_back_with_the_labels_and_properties_of_the_graph_model()
    {
        var (script, summary) = await ExportAsync(Some.Batch);

        var nodes = CypherScript.Parse(script).Nodes;

        Assert.Equal(new ExportSummary(5, 2, 5), summary);
        var expected = Some.Entities.Select(GraphModel.Node).Concat(Some.Sanctions.Select(GraphModel.Node)).ToList();
        Assert.Equal(expected.Select(n => (n.Id, string.Join(':', n.Labels))), nodes.Select(n => (n.Id, string.Join(':', n.Labels))));
        foreach (var (node, read) in expected.Zip(nodes))
        {
            Assert.Equal(Canonical.Of(node.Properties), Canonical.Of(read.Properties, GraphModel.SequenceProperty));
        }
        // One sequence, as the store numbers records: entities, sanctions, then relationships.
        Assert.Equal([1L, 2, 3, 4, 5, 6, 7], nodes.Select(n => (long)n.Properties[GraphModel.SequenceProperty]!));
    }

    [Fact]
    public async Task An_entity_sheds_every_other_kind_label_so_a_changed_kind_does_not_linger()
    {
        var (script, _) = await ExportAsync(Some.Batch);

        var nodes = CypherScript.Parse(script).Nodes;

        Assert.All(nodes.Where(n => n.Labels[0] == GraphModel.EntityLabel), n => Assert.Equal(GraphModel.KindLabels, n.Removed));
        Assert.All(nodes.Where(n => n.Labels[0] == GraphModel.SanctionLabel), n => Assert.Empty(n.Removed));
    }

    [Fact]
    public async Task Every_relationship_reads_back_between_the_right_nodes()
    {
        var (script, _) = await ExportAsync(Some.Batch);

        var edges = CypherScript.Parse(script).Edges;

        var expected = Some.Sanctions.SelectMany(s => GraphModel.Edges(s).Select(e => (Edge: e, Start: GraphModel.SanctionLabel)))
            .Concat(Some.Relationships.Select(r => (Edge: GraphModel.Edge(r), Start: GraphModel.EntityLabel)))
            .Select(e => Describe(e.Start, e.Edge.StartId, e.Edge.Type, GraphModel.EntityLabel, e.Edge.EndId, Canonical.Of(e.Edge.Properties)));
        var read = edges.Select(e => Describe(e.StartLabel, e.StartId, e.Type, e.EndLabel, e.EndId, Canonical.Of(e.Properties, GraphModel.SequenceProperty)));
        Assert.Equal(expected.Order(StringComparer.Ordinal), read.Order(StringComparer.Ordinal));
        // The sanction "ofac-42" targets the entity "ofac-42": the labels, not the ids, tell the ends apart.
        Assert.Contains(edges, e => e is { StartLabel: "Sanction", StartId: "ofac-42", EndLabel: "Entity", EndId: "ofac-42", Type: "TARGETS" });
        var numbered = edges.Where(e => e.Properties.ContainsKey(GraphModel.SequenceProperty)).Select(e => (long)e.Properties[GraphModel.SequenceProperty]!);
        Assert.Equal([8L, 9, 10, 11, 12], numbered.Order());
    }

    [Fact]
    public async Task The_store_s_sequence_counter_ends_the_script_past_every_number_used()
    {
        var (script, _) = await ExportAsync(Some.Batch);

        var parsed = CypherScript.Parse(script);

        var meta = Assert.Single(parsed.MetaStatements);
        Assert.StartsWith("MERGE ( n : GraphMeta { id : 'graph' } ) ON CREATE SET n . seq = 0 , n . stamp = 0 SET", meta, StringComparison.Ordinal);
        Assert.Contains("CASE WHEN n . seq < 12 THEN 12 ELSE n . seq END", meta, StringComparison.Ordinal);
        Assert.EndsWith(";\n", script, StringComparison.Ordinal);
        Assert.StartsWith("MERGE (n:GraphMeta", script.Split('\n')[^2], StringComparison.Ordinal);
    }

    [Fact]
    public void The_meta_node_is_the_one_the_store_keeps()
    {
        // The store's schema statements name the meta node; the export writes the same one.
        Assert.Contains(CypherCatalog.All, s => s.Text.Contains("MERGE (m:GraphMeta {id: 'graph'})", StringComparison.Ordinal)
            && s.Text.Contains("m.seq", StringComparison.Ordinal) && s.Text.Contains("m.stamp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_statement_ends_its_own_line_with_a_semicolon_and_no_literal_spans_lines()
    {
        var (script, _) = await ExportAsync(Some.Batch);

        var lines = script.Split('\n');
        var parsed = CypherScript.Parse(script);

        Assert.Equal("", lines[^1]);
        Assert.All(lines[..^1], line => Assert.True(line.StartsWith("//", StringComparison.Ordinal) || line.EndsWith(';'), line));
        Assert.Equal(lines.Count(l => l.EndsWith(';')), parsed.SchemaStatements.Count + parsed.Nodes.Count + parsed.Edges.Count + parsed.MetaStatements.Count);
        Assert.DoesNotContain('\r', script);
        Assert.DoesNotContain('\u2028', script);
        Assert.DoesNotContain('\u0007', script);
    }

    [Fact]
    public async Task The_schema_comes_first_and_can_run_again()
    {
        var (script, _) = await ExportAsync(Some.Batch);

        var statements = script.Split('\n').Where(l => l.EndsWith(';')).ToList();
        var schema = statements.TakeWhile(s => s.StartsWith("CREATE ", StringComparison.Ordinal)).ToList();

        Assert.Contains(schema, s => s.Contains(":Entity) REQUIRE n.id IS UNIQUE", StringComparison.Ordinal));
        Assert.Contains(schema, s => s.Contains(":Sanction) REQUIRE s.id IS UNIQUE", StringComparison.Ordinal));
        Assert.Equal(CypherCatalog.All.Count(s => s.Text.StartsWith("CREATE ", StringComparison.Ordinal)), schema.Count);
        Assert.All(schema, s => Assert.Contains(" IF NOT EXISTS ", s, StringComparison.Ordinal));
        Assert.DoesNotContain(statements.Skip(schema.Count), s => s.StartsWith("CREATE ", StringComparison.Ordinal));
        Assert.All(statements.Skip(schema.Count), s => Assert.Contains("MERGE (", s, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_in_other_scripts_are_written_as_they_are()
    {
        var (script, _) = await ExportAsync(Some.Batch);

        Assert.All(Some.Scripts, name => Assert.Contains($"'{name}'", script, StringComparison.Ordinal));
        Assert.Contains("'Группа «Вагнер»'", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_export_of_the_seed_graph_lints_without_errors_or_warnings()
    {
        await using var graph = await TempGraph.WithSeedAsync();
        using var output = new StringWriter();
        var summary = await CypherExport.WriteAsync(graph.Store, output);

        var result = await CypherLinter.LintScriptAsync("seed.cypher", output.ToString(), strict: true);

        var statistics = await graph.Store.GetStatisticsAsync();
        Assert.Equal(new ExportSummary(statistics.Entities, statistics.Sanctions, statistics.Relationships), summary);
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("0 error(s), 0 warning(s)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_linter_sees_a_broken_export()
    {
        var (script, _) = await ExportAsync(Some.Batch);
        var broken = script.Replace(" SET r = ", " SET q = ", StringComparison.Ordinal);

        var result = await CypherLinter.LintScriptAsync("broken.cypher", broken, strict: true);

        Assert.True(result.ExitCode == 1, result.Output);
        Assert.Contains("Variable `q` not defined", result.Output, StringComparison.Ordinal);
    }

    private static async Task<(string Script, ExportSummary Summary)> ExportAsync(GraphBatch batch)
    {
        await using var graph = await TempGraph.WithAsync(batch);
        using var output = new StringWriter();
        var summary = await CypherExport.WriteAsync(graph.Store, output);
        return (output.ToString(), summary);
    }

    private static string Describe(string startLabel, string startId, string type, string endLabel, string endId, string properties) =>
        $"({startLabel} {startId})-[{type}]->({endLabel} {endId}) {properties}";
}
