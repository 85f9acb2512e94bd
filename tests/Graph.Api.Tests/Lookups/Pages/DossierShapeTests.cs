using Graph.Api.Tests.Infrastructure;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Lookups.Pages;

/// <summary>What the page does with a dossier's shapes the seed lacks: sanctions through same_as, a group cut at 50, an end still to come.</summary>
public sealed class DossierShapeTests : IDisposable
{
    private readonly GraphApp _app = new();

    private async Task<string> TextAsync(string path)
    {
        using var client = _app.Client();
        return HtmlText.Visible(await client.GetStringAsync(path));
    }

    [Fact]
    public async Task A_sanction_of_a_same_as_entity_is_shown_and_marked_and_the_same_as_entity_is_listed_with_a_link()
    {
        var source = new Source("UK list", "https://example.org/uk", "HM Treasury", PartialDate.Parse("2022-03-01"), "Listed on 1 March 2022");
        await WriteAsync(new GraphBatch(
            [new Entity("uk-camara", EntityKind.Person, "CAMARA, Sadio") { Sources = [source] }, new Entity("hmt", EntityKind.PublicBody, "HM Treasury")],
            [new Sanction("uk-sanction", "hmt", "uk-camara") { Programs = ["Mali"], ListedOn = PartialDate.Parse("2022-03-01"), Sources = [source] }],
            [new Relationship("camara-same-as-uk", RelationshipTypes.SameAs, "sadio-camara", "uk-camara")]));

        var text = await TextAsync("/entities/sadio-camara");
        using var client = _app.Client();
        var html = await client.GetStringAsync("/entities/sadio-camara");

        Assert.Contains("HM Treasury In force Listed under CAMARA, Sadio, the same entity as recorded in another source. Programmes Mali", text, StringComparison.Ordinal);
        Assert.Contains("The same entity in other sources CAMARA, Sadio (Person; 1 sanction, shown above)", text, StringComparison.Ordinal);
        Assert.Contains("/entities/uk-camara", HtmlText.Addresses(html));
        Assert.Contains("Office of Foreign Assets Control (OFAC) In force", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relationship_group_cut_at_50_says_how_many_more_there_are()
    {
        var members = Enumerable.Range(1, 57).Select(i => new Entity($"member-{i:00}", EntityKind.Person, $"Member {i:00}")).ToList();
        await WriteAsync(new GraphBatch([new Entity("big-club", EntityKind.Organization, "Big club"), .. members], [],
            [.. members.Select(m => new Relationship($"{m.Id}-in-club", "membership", m.Id, "big-club"))]));

        var text = await TextAsync("/entities/big-club");

        Assert.Contains("and 7 more", text, StringComparison.Ordinal);
        Assert.Equal(50, text.Split("has as member", StringSplitOptions.None).Length - 1);
    }

    [Fact]
    public async Task A_sanction_that_ends_after_the_shown_day_is_in_force_and_its_end_is_shown_only_once_reached()
    {
        await WriteAsync(new GraphBatch([new Entity("eu", EntityKind.PublicBody, "European Union")],
            [new Sanction("eu-camara", "eu", "sadio-camara") { ListedOn = PartialDate.Parse("2023-12-11"), EndedOn = PartialDate.Parse("2024-06-30") }], []));

        var during = await TextAsync("/entities/sadio-camara?asOf=2024-01-15");
        var after = await TextAsync("/entities/sadio-camara?asOf=2024-07-01");
        var card = await TextAsync("/embed/entities/sadio-camara?asOf=2024-07-01");

        Assert.Contains("European Union In force Listed on 2023-12-11", during, StringComparison.Ordinal);
        Assert.DoesNotContain("2024-06-30", during, StringComparison.Ordinal);
        Assert.Contains("Data as of 2023-12-11", during, StringComparison.Ordinal);
        Assert.Contains("European Union Ended on 2024-06-30 Listed on 2023-12-11 Ended on 2024-06-30", after, StringComparison.Ordinal);
        Assert.Contains("Sanctioned by Office of Foreign Assets Control (OFAC) under RUSSIA-EO14024 since 2023-07-24 In force on 2024-07-01 and 1 other sanction", card, StringComparison.Ordinal);
    }

    private Task WriteAsync(GraphBatch batch) => _app.Services.GetRequiredService<IGraphStore>().WriteAsync(batch);

    public void Dispose() => _app.Dispose();
}
