using Graph.Domain.Model;
using Graph.Import.Reading;
using Graph.Import.Running;

namespace Graph.Import.Tests.Running;

/// <summary>The runner writes a placeholder only when neither the input nor the graph holds its id, and never over a stored entity.</summary>
public sealed class PlaceholderTests : IDisposable
{
    private static readonly DateOnly Day = new(2025, 1, 10);
    private readonly TempStore _temp = new();

    private static readonly Entity Placeholder = new("party", EntityKind.Organization, "PARTY") { Note = "Named by a relationship in a.xml; not held by it." };

    private static ParsedInput Input(params Entity[] entities)
    {
        var input = new ParsedInput();
        input.Entities.Add(new Entity("member", EntityKind.Person, "MEMBER"));
        input.Entities.AddRange(entities);
        input.Add(new Relationship("tie", "membership", "member", "party"), new RecordOrigin("a.xml", 7));
        input.Placeholders.Add(Placeholder);
        return input;
    }

    private Task<ImportReport> Run(ParsedInput input) =>
        new ImportRunner(_temp.Store).RunAsync(ImportFormats.Named("ofac-xml"), "a.xml", input, new ImportOptions(Day));

    private async Task<Entity> Party() => (await _temp.Store.GetEntitiesAsync(["party"]))["party"];

    [Fact]
    public async Task A_placeholder_the_graph_lacks_is_written_so_the_relationship_that_names_it_is_kept()
    {
        var report = await Run(Input());

        Assert.True(report.Succeeded, string.Join("; ", report.Rejected));
        Assert.Equal((2, 1), (report.Entities.Created, report.Relationships.Created));
        Assert.Equal(Placeholder.Note, (await Party()).Note);
    }

    [Fact]
    public async Task A_placeholder_never_overwrites_a_stored_entity_nor_one_the_input_holds()
    {
        var held = new Entity("party", EntityKind.Organization, "THE PARTY ITSELF");
        await Run(Input(held));

        var report = await Run(Input());

        Assert.True(report.Succeeded);
        Assert.Equal((0, 0), (report.Entities.Created, report.Entities.Updated));
        Assert.Equal("THE PARTY ITSELF", (await Party()).Name);
    }

    [Fact]
    public async Task A_later_input_that_holds_the_entity_replaces_the_placeholder_as_an_ordinary_update()
    {
        await Run(Input());

        var report = await Run(Input(new Entity("party", EntityKind.Organization, "THE PARTY ITSELF")));

        Assert.Equal(1, report.Entities.Updated);
        Assert.Equal(("THE PARTY ITSELF", null), ((await Party()).Name, (await Party()).Note));
    }

    public void Dispose() => _temp.Dispose();
}
