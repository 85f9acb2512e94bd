using Graph.Domain.Model;
using Graph.Import.Ftm;

namespace Graph.Import.Tests.Ftm;

/// <summary>A sanction names its authority by name; an entity of that name in the same input is the authority.</summary>
public sealed class FtmAuthorityLinkTests
{
    private static readonly Entity Ofac = new("ofac", EntityKind.PublicBody, "Office of Foreign Assets Control");
    private static readonly Entity Target = new("target", EntityKind.Person, "Target");
    private static readonly Sanction Sanction = new("sanction", "ofac", "target");

    [Fact]
    public void An_exported_graph_s_authority_comes_back_as_the_same_entity()
    {
        var parsed = RoundTrip([Ofac, Target], [Sanction]);

        Assert.Equal("ofac", Assert.Single(parsed.Sanctions).AuthorityId);
        Assert.Empty(parsed.Authorities);
    }

    [Fact]
    public void A_person_of_the_authority_s_name_is_not_taken_for_it()
    {
        var namesake = new Entity("namesake", EntityKind.Person, Ofac.Name);

        var parsed = RoundTrip([namesake, Target], [Sanction]);

        var sanction = Assert.Single(parsed.Sanctions);
        Assert.Equal(AuthorityIds.ForName(Ofac.Name), sanction.AuthorityId);
        Assert.Equal(Ofac.Name, parsed.Authorities[sanction.AuthorityId]);
    }

    [Fact]
    public void An_authority_whose_id_is_in_the_input_keeps_it()
    {
        var own = new Entity(AuthorityIds.ForName(Ofac.Name), EntityKind.PublicBody, Ofac.Name);

        var parsed = RoundTrip([Ofac, own, Target], [Sanction]);

        var sanction = Assert.Single(parsed.Sanctions);
        Assert.Equal(own.Id, sanction.AuthorityId);
        Assert.Equal(Ofac.Name, parsed.Authorities[own.Id]);
    }

    [Fact]
    public void An_authority_no_entity_of_the_input_names_is_left_to_the_import()
    {
        var parsed = RoundTrip([Target], [Sanction]);

        Assert.Equal(AuthorityIds.ForName(Ofac.Name), Assert.Single(parsed.Sanctions).AuthorityId);
    }

    private static ParsedInput RoundTrip(IEnumerable<Entity> entities, IEnumerable<Sanction> sanctions)
    {
        using var output = new StringWriter();
        FtmWriter.Write(output, entities, [], sanctions, id => id == Ofac.Id ? Ofac.Name : null);
        using var input = new StringReader(output.ToString());
        var parsed = FtmReader.Read(input, "authorities.ftm.json");
        Assert.Empty(parsed.Rejected);
        return parsed;
    }
}
