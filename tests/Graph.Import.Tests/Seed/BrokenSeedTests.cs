using Graph.Import;
using Graph.Import.Reading;
using Graph.Import.Running;
using Graph.Import.Seed;
using Graph.Import.Tests.Running;

namespace Graph.Import.Tests.Seed;

public sealed class BrokenSeedTests : IDisposable
{
    private const string Documents = """
        documents:
          - id: doc
            title: A report
        """;

    private readonly TempStore _temp = new();

    [Fact]
    public async Task A_broken_record_is_named_by_file_line_and_field_and_nothing_is_written()
    {
        _temp.File("a-documents.yaml", Documents);
        _temp.File("b-good.yaml", """
            entities:
              - id: good
                kind: person
                name: A good record
                sources: [{ document: doc, quote: fine }]
            """);
        _temp.File("c-broken.yaml", """
            entities:
              - id: fine
                kind: person
                name: Fine
                sources: [{ document: doc, quote: fine }]

              - id: broken
                kind: wizard
                name: Broken
                sources: [{ document: doc, quote: fine }]
            """);

        var report = await _temp.Importer.ImportAsync(ImportSource.FromPath(_temp.SeedFolder), ImportFormats.Named("seed"), new ImportOptions(new DateOnly(2023, 7, 27)));

        Assert.False(report.Succeeded);
        var only = Assert.Single(report.Rejected);
        Assert.EndsWith("c-broken.yaml", only.File);
        Assert.Equal(8, only.Line);
        Assert.Equal("kind", only.Field);
        Assert.Contains("c-broken.yaml:8: kind: 'wizard' is not a kind", only.ToString());
        Assert.True((await _temp.Store.GetStatisticsAsync()).IsEmpty);
    }

    [Theory]
    [InlineData("name: Nameless\n    sources: []", 5, "sources", "at least one source")]
    [InlineData("name: X\n    sources: [{ document: doc }]", 5, "sources[0].quote", "verbatim quote")]
    [InlineData("name: X\n    sources: [{ document: nodoc, quote: q }]", 5, "sources[0].document", "no document has the id 'nodoc'")]
    [InlineData("name: X\n    colour: blue\n    sources: [{ document: doc, quote: q }]", 5, "colour", "unknown field")]
    [InlineData("name: [X, Y]\n    sources: [{ document: doc, quote: q }]", 4, "name", "single value")]
    [InlineData("name: X\n    properties: { birthDate: [1970-13] }\n    sources: [{ document: doc, quote: q }]", 5, "properties.birthDate[0]", "not a date")]
    public async Task Each_kind_of_mistake_is_reported_where_it_is(string fields, int line, string field, string message)
    {
        _temp.File("docs.yaml", Documents);
        var file = _temp.File("entity.yaml", $"entities:\n  - id: e1\n    kind: person\n    {fields}\n");

        var error = await RejectedAsync();

        Assert.Contains(error.Errors, e => e.Field == field && e.Line == line && e.Message.Contains(message)
            && Path.GetFileName(e.File) == Path.GetFileName(file));
    }

    [Fact]
    public async Task Relationships_and_sanctions_must_point_at_entities_that_exist()
    {
        _temp.File("docs.yaml", Documents);
        _temp.File("facts.yaml", """
            entities:
              - { id: a, kind: person, name: A, sources: [{ document: doc, quote: q }] }
            sanctions:
              - id: s1
                authority: nobody
                target: a
                sources: [{ document: doc, quote: q }]
            relationships:
              - id: r1
                type: family
                from: a
                to: ghost
                sources: [{ document: doc, quote: q }]
            """);

        var error = await RejectedAsync();

        Assert.Contains(error.Errors, e => e is { Field: "authority", Line: 5 } && e.Message.Contains("'nobody'"));
        Assert.Contains(error.Errors, e => e is { Field: "to", Line: 12 } && e.Message.Contains("'ghost'"));
    }

    [Fact]
    public async Task A_duplicate_id_names_both_places()
    {
        _temp.File("docs.yaml", Documents);
        _temp.File("one.yaml", "entities:\n  - { id: a, kind: person, name: A, sources: [{ document: doc, quote: q }] }\n");
        _temp.File("two.yaml", "entities:\n  - { id: a, kind: person, name: B, sources: [{ document: doc, quote: q }] }\n");

        var error = await RejectedAsync();

        var duplicate = Assert.Single(error.Errors);
        Assert.EndsWith("two.yaml", duplicate.File);
        Assert.Contains("one.yaml:2", duplicate.Message);
    }

    [Fact]
    public async Task Malformed_yaml_is_reported_with_its_line()
    {
        _temp.File("bad.yaml", "entities:\n  - id: a\n    name: [unclosed\n");

        var error = await RejectedAsync();

        var only = Assert.Single(error.Errors);
        Assert.Equal("(yaml)", only.Field);
        Assert.InRange(only.Line, 3, 4);
    }

    [Fact]
    public async Task A_missing_folder_is_named()
    {
        var error = await RejectedAsync(Path.Combine(_temp.Folder, "nowhere"));

        Assert.Contains("nowhere", error.Message);
        Assert.Contains("no such file or folder", error.Message);
    }

    private static readonly ImportOptions Options = new(new DateOnly(2023, 7, 27));

    /// <summary>What the seed reader and the import runner rejected in the seed folder (or the path); nothing is written.</summary>
    private async Task<ImportFailedException> RejectedAsync(string? path = null)
    {
        var report = await _temp.Importer.ImportAsync(ImportSource.FromPath(path ?? _temp.SeedFolder), ImportFormats.Named("seed"), Options);
        Assert.False(report.Succeeded);
        Assert.True((await _temp.Store.GetStatisticsAsync()).IsEmpty);
        return new ImportFailedException(report.Rejected);
    }

    public void Dispose() => _temp.Dispose();
}
