using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Import.Ftm;
using Graph.Import.Reading;
using Graph.Import.Running;
using Graph.Import.Tests.Running;

namespace Graph.Import.Tests.Ftm;

/// <summary>
/// A sanction names its authority by name; an entity of that name in the same input is the authority. The import
/// runner resolves authorities for every format, so these go through an import into a real store.
/// </summary>
public sealed class FtmAuthorityLinkTests : IDisposable
{
    private readonly TempStore _temp = new();
    private static readonly Entity Ofac = new("ofac", EntityKind.PublicBody, "Office of Foreign Assets Control");
    private static readonly Entity Target = new("target", EntityKind.Person, "Target");
    private static readonly Sanction Sanction = new("sanction", "ofac", "target");

    [Fact]
    public async Task An_exported_graph_s_authority_comes_back_as_the_same_entity()
    {
        var parsed = await RoundTrip([Ofac, Target], [Sanction]);

        Assert.Equal("ofac", Assert.Single(parsed.Sanctions).AuthorityId);
        Assert.Empty(parsed.Authorities);
    }

    [Fact]
    public async Task A_person_of_the_authority_s_name_is_not_taken_for_it()
    {
        var namesake = new Entity("namesake", EntityKind.Person, Ofac.Name);

        var parsed = await RoundTrip([namesake, Target], [Sanction]);

        var sanction = Assert.Single(parsed.Sanctions);
        Assert.Equal(AuthorityIds.ForName(Ofac.Name), sanction.AuthorityId);
        Assert.Equal(Ofac.Name, parsed.Authorities[sanction.AuthorityId]);
    }

    [Fact]
    public async Task An_authority_whose_id_is_in_the_input_keeps_it()
    {
        var own = new Entity(AuthorityIds.ForName(Ofac.Name), EntityKind.PublicBody, Ofac.Name);

        var parsed = await RoundTrip([Ofac, own, Target], [Sanction]);

        var sanction = Assert.Single(parsed.Sanctions);
        Assert.Equal(own.Id, sanction.AuthorityId);
        Assert.Equal(Ofac.Name, parsed.Authorities[own.Id]);
    }

    [Fact]
    public async Task An_authority_no_entity_of_the_input_names_is_left_to_the_import()
    {
        var parsed = await RoundTrip([Target], [Sanction]);

        Assert.Equal(AuthorityIds.ForName(Ofac.Name), Assert.Single(parsed.Sanctions).AuthorityId);
    }

    /// <summary>
    /// Writes the records as FtM, imports them into an empty store, and gives what was stored as the input it came
    /// from: the stored sanctions, and as authorities those known by name only (their id made from their name).
    /// </summary>
    private async Task<ParsedInput> RoundTrip(IEnumerable<Entity> entities, IEnumerable<Sanction> sanctions)
    {
        using var output = new StringWriter();
        FtmWriter.Write(output, entities, [], sanctions, id => id == Ofac.Id ? Ofac.Name : null);
        var report = await _temp.Importer.ImportAsync(ImportSource.FromText("authorities.ftm.json", output.ToString()), ImportFormats.Named("ftm"), new ImportOptions(new DateOnly(2024, 1, 1)));
        Assert.Empty(report.Rejected);
        var stored = await _temp.Store.ListSanctionsAsync(SanctionFilter.All, new PageRequest(10, null));
        var parsed = new ParsedInput();
        parsed.Sanctions.AddRange(stored.Items.Select(i => i.Node));
        var authorities = await _temp.Store.GetEntitiesAsync([.. parsed.Sanctions.Select(s => s.AuthorityId)]);
        foreach (var authority in authorities.Values.Where(a => a.Id == AuthorityIds.ForName(a.Name)))
        {
            parsed.Authorities[authority.Id] = authority.Name;
        }
        return parsed;
    }

    public void Dispose() => _temp.Dispose();
}
