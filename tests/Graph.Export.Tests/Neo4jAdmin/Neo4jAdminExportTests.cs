using System.Text.RegularExpressions;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Export.Neo4jAdmin;
using Graph.Export.Tests.Infrastructure;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Export.Tests.Neo4jAdmin;

public sealed partial class Neo4jAdminExportTests
{
    private const char Delimiter = '\u001F';

    [Fact]
    public async Task Every_header_names_its_id_space_and_the_type_of_every_property()
    {
        await using var graph = await TempGraph.WithAsync(Some.Batch);
        var folder = await ExportAsync(graph);

        var entities = AdminCsv.Read(Path.Combine(folder, Neo4jAdminExport.EntitiesFile)).Header;
        var sanctions = AdminCsv.Read(Path.Combine(folder, Neo4jAdminExport.SanctionsFile)).Header;
        var relationships = AdminCsv.Read(Path.Combine(folder, Neo4jAdminExport.RelationshipsFile)).Header;
        var edges = AdminCsv.Read(Path.Combine(folder, Neo4jAdminExport.SanctionEdgesFile)).Header;
        var meta = AdminCsv.Read(Path.Combine(folder, Neo4jAdminExport.MetaFile)).Header;

        Assert.Equal(["id:ID(Entity)", ":LABEL"], entities.Take(2));
        Assert.Equal(["id:ID(Sanction)", ":LABEL"], sanctions.Take(2));
        Assert.Equal([":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"], relationships.Take(3));
        Assert.Equal([":START_ID(Sanction)", ":END_ID(Entity)", ":TYPE"], edges);
        Assert.Equal(["id:ID(GraphMeta)", ":LABEL", "seq:long", "stamp:long"], meta);
        Assert.Contains("aliases:string[]", entities);
        Assert.Contains("name:string", entities);
        Assert.Contains("seq:long", entities);
        Assert.Contains("programs:string[]", sanctions);
        Assert.Contains("role:string", relationships);
        Assert.All(entities.Skip(2).Concat(sanctions.Skip(2)).Concat(relationships.Skip(3)), column => Assert.Matches(TypedColumn(), column));
    }

    [Fact]
    public async Task Every_node_reads_back_with_the_labels_and_properties_of_the_graph_model()
    {
        await using var graph = await TempGraph.WithAsync(Some.Batch);
        var folder = await ExportAsync(graph);

        var entities = AdminCsv.Read(Path.Combine(folder, Neo4jAdminExport.EntitiesFile)).Rows;
        var sanctions = AdminCsv.Read(Path.Combine(folder, Neo4jAdminExport.SanctionsFile)).Rows;

        var expected = Some.Entities.Select(GraphModel.Node).Concat(Some.Sanctions.Select(GraphModel.Node)).ToList();
        var read = entities.Concat(sanctions).ToList();
        Assert.Equal(expected.Select(n => (n.Id, string.Join(Delimiter, n.Labels))), read.Select(r => (r.Keys[0], r.Keys[1])));
        foreach (var (node, row) in expected.Zip(read))
        {
            Assert.Equal(Canonical.Of(WithoutEmptyLists(node.Properties)), Canonical.Of(row.Properties, GraphModel.SequenceProperty));
        }
        Assert.Equal([1L, 2, 3, 4, 5, 6, 7], read.Select(r => (long)r.Properties[GraphModel.SequenceProperty]!));
    }

    [Fact]
    public async Task Every_relationship_reads_back_between_the_right_nodes()
    {
        await using var graph = await TempGraph.WithAsync(Some.Batch);
        var folder = await ExportAsync(graph);

        var relationships = AdminCsv.Read(Path.Combine(folder, Neo4jAdminExport.RelationshipsFile)).Rows;
        var edges = AdminCsv.Read(Path.Combine(folder, Neo4jAdminExport.SanctionEdgesFile)).Rows;

        var expected = Some.Relationships.Select(GraphModel.Edge).Concat(Some.Sanctions.SelectMany(GraphModel.Edges))
            .Select(e => $"{e.StartId} -{e.Type}-> {e.EndId} {Canonical.Of(e.Properties)}");
        var read = relationships.Concat(edges).Select(r => $"{r.Keys[0]} -{r.Keys[2]}-> {r.Keys[1]} {Canonical.Of(r.Properties, GraphModel.SequenceProperty)}");
        Assert.Equal(expected.Order(StringComparer.Ordinal), read.Order(StringComparer.Ordinal));
        Assert.Equal([8L, 9, 10, 11, 12], relationships.Select(r => (long)r.Properties[GraphModel.SequenceProperty]!).Order());
        Assert.All(edges, e => Assert.DoesNotContain(GraphModel.SequenceProperty, e.Properties.Keys));
    }

    [Fact]
    public async Task The_meta_node_holds_the_last_number_used()
    {
        await using var graph = await TempGraph.WithAsync(Some.Batch);
        var folder = await ExportAsync(graph);

        var meta = Assert.Single(AdminCsv.Read(Path.Combine(folder, Neo4jAdminExport.MetaFile)).Rows);

        Assert.Equal(["graph", "GraphMeta"], meta.Keys);
        Assert.Equal(12L, meta.Properties["seq"]);
    }

    [Fact]
    public async Task The_readme_gives_the_import_command_and_the_schema_file_the_store_s_schema()
    {
        await using var graph = await TempGraph.WithAsync(Some.Batch);
        var folder = await ExportAsync(graph);

        var readme = await File.ReadAllTextAsync(Path.Combine(folder, Neo4jAdminExport.ReadmeFile));
        var schema = await File.ReadAllLinesAsync(Path.Combine(folder, Neo4jAdminExport.SchemaFile));

        Assert.Contains(
            "neo4j-admin database import full neo4j --nodes=entities.csv --nodes=sanctions.csv --nodes=graph-meta.csv " +
            "--relationships=relationships.csv --relationships=sanction-edges.csv --array-delimiter=U+001F --multiline-fields=true\n",
            readme, StringComparison.Ordinal);
        Assert.Contains("5 entities, 2 sanctions, 5 relationships", readme, StringComparison.Ordinal);
        Assert.Equal(CypherCatalog.All.Count(s => s.Text.StartsWith("CREATE ", StringComparison.Ordinal)), schema.Length);
        Assert.All(schema, line => Assert.EndsWith(";", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Files_are_utf8_without_a_byte_order_mark_and_keep_names_as_they_are()
    {
        await using var graph = await TempGraph.WithAsync(Some.Batch);
        var folder = await ExportAsync(graph);

        var bytes = await File.ReadAllBytesAsync(Path.Combine(folder, Neo4jAdminExport.EntitiesFile));
        var text = System.Text.Encoding.UTF8.GetString(bytes);

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.All(Some.Scripts, name => Assert.Contains(name, text, StringComparison.Ordinal));
        Assert.Contains("\"O'Brien \"\"the Bolt\"\" back\\slash; `tick` $name\nsecond line\r\n", text, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder, "*.partial"));
    }

    [Fact]
    public async Task A_value_holding_the_array_delimiter_is_refused_and_no_half_file_is_left()
    {
        await using var graph = await TempGraph.WithAsync(new GraphBatch(
            [new Entity("odd", EntityKind.Person, "Odd") { Aliases = ["a\u001Fb"] }], [], []));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ExportAsync(graph));

        Assert.Contains("'odd'", error.Message, StringComparison.Ordinal);
        Assert.Contains("U+001F", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(graph.Folder, "neo4j-admin")));
    }

    [Fact]
    public async Task The_seed_graph_exports_every_record()
    {
        await using var graph = await TempGraph.WithSeedAsync();
        var folder = Path.Combine(graph.Folder, "neo4j-admin");

        var summary = await Neo4jAdminExport.WriteAsync(graph.Store, folder);

        var statistics = await graph.Store.GetStatisticsAsync();
        Assert.Equal(new ExportSummary(statistics.Entities, statistics.Sanctions, statistics.Relationships), summary);
        Assert.Equal(statistics.Entities, AdminCsv.Read(Path.Combine(folder, Neo4jAdminExport.EntitiesFile)).Rows.Count);
        Assert.Equal(statistics.Relationships, AdminCsv.Read(Path.Combine(folder, Neo4jAdminExport.RelationshipsFile)).Rows.Count);
        Assert.Equal(2 * statistics.Sanctions, AdminCsv.Read(Path.Combine(folder, Neo4jAdminExport.SanctionEdgesFile)).Rows.Count);
    }

    private static async Task<string> ExportAsync(TempGraph graph)
    {
        var folder = Path.Combine(graph.Folder, "neo4j-admin");
        await Neo4jAdminExport.WriteAsync(graph.Store, folder);
        return folder;
    }

    /// <summary>An empty list is written as an empty field, which neo4j-admin reads as no value.</summary>
    private static IEnumerable<KeyValuePair<string, object?>> WithoutEmptyLists(IReadOnlyDictionary<string, object?> properties) =>
        properties.Where(p => p.Value is not System.Collections.ICollection { Count: 0 });

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*:(string|long|double|boolean)(\[\])?$")]
    private static partial Regex TypedColumn();
}
