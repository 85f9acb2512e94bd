using Graph.Domain.Model;
using Graph.Import.Ftm;

namespace Graph.Import.Tests.Ftm;

public sealed class FtmWriterRoundTripTests
{
    private const string Tricky = "Ivan \"the Bolt\" O'Brien \\ back\nslash\ttab";

    [Fact]
    public void Writing_and_reading_back_keeps_every_entity_relationship_and_sanction()
    {
        var entities = Enum.GetValues<EntityKind>().Select(Some.Entity).ToList();
        var relationships = RelationshipTypes.All.Keys.Select((type, i) => Some.Relationship(type, i)).ToList();
        var sanctions = new List<Sanction> { Some.Sanction };

        var (text, parsed) = RoundTrip(entities, relationships, sanctions, id => id == Some.Sanction.AuthorityId ? Tricky : null);

        Assert.Empty(parsed.Rejected);
        Assert.Equal(entities.Count + relationships.Count + sanctions.Count, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(entities.Select(Describe), parsed.Entities.Select(Describe));
        Assert.Equal(relationships.Select(Describe), parsed.Relationships.Select(Describe));
        var sanction = Assert.Single(parsed.Sanctions);
        Assert.Equal(Describe(Some.Sanction with { AuthorityId = AuthorityIds.ForName(Tricky) }), Describe(sanction));
        Assert.Equal(Tricky, parsed.Authorities[sanction.AuthorityId]);
    }

    [Fact]
    public void An_event_s_participants_go_back_onto_the_event()
    {
        var fair = new Entity("fair", EntityKind.Event, "Fair");
        var involved = new Relationship("fair--involved--ana", "involvement", "ana", "fair") { Role = "involved" };
        var organizer = new Relationship("fair--organizer--guild", "involvement", "guild", "fair") { Role = "organizer" };
        var dated = new Relationship("ana-at-fair", "involvement", "ana", "fair") { Role = "speaker", StartDate = PartialDate.Parse("2020") };

        var (text, parsed) = RoundTrip([fair], [involved, organizer, dated], [], _ => null);

        Assert.Equal(2, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("\"involved\":[\"ana\"],\"organizer\":[\"guild\"]", text);
        Assert.Equal(new[] { involved, organizer, dated }.Select(Describe).Order(), parsed.Relationships.Select(Describe).Order());
    }

    [Fact]
    public void The_fixture_survives_a_round_trip()
    {
        var first = FtmFixtures.Read("entities.ftm.json");

        var (_, second) = RoundTrip(first.Entities, first.Relationships, first.Sanctions, id => first.Authorities.GetValueOrDefault(id));

        Assert.Empty(second.Rejected);
        Assert.Equal(first.Entities.Select(Describe), second.Entities.Select(Describe));
        Assert.Equal(first.Relationships.Select(Describe).Order(), second.Relationships.Select(Describe).Order());
        Assert.Equal(first.Sanctions.Select(Describe), second.Sanctions.Select(Describe));
        Assert.Equal(first.Authorities, second.Authorities);
    }

    [Fact]
    public void Names_in_other_scripts_are_written_as_they_are()
    {
        var (text, _) = RoundTrip([Some.Entity(EntityKind.Person)], [], [], _ => null);

        Assert.Contains("Иван Болт", text);
        Assert.Contains("\\\"the Bolt\\\"", text);
        Assert.Contains("\\n", text);
    }

    private static (string Text, ParsedInput Parsed) RoundTrip(
        IEnumerable<Entity> entities, IEnumerable<Relationship> relationships, IEnumerable<Sanction> sanctions, Func<string, string?> nameOf)
    {
        using var output = new StringWriter();
        FtmWriter.Write(output, entities, relationships, sanctions, nameOf);
        var text = output.ToString();
        using var input = new StringReader(text);
        return (text, FtmReader.Read(input, "round-trip.ftm.json"));
    }

    private static string Describe(Entity e) =>
        $"{e.Id} {e.Kind} {e.Name} [{string.Join(" | ", e.Aliases)}] {{{string.Join(", ", e.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}=[{string.Join(" | ", p.Value)}]"))}}}";

    private static string Describe(Relationship r) => $"{r.Id} {r.Type} {r.FromId}->{r.ToId} role={r.Role} {r.StartDate}..{r.EndDate}";

    private static string Describe(Sanction s) =>
        $"{s.Id} {s.AuthorityId}->{s.TargetId} [{string.Join(" | ", s.Programs)}] [{string.Join(" | ", s.Provisions)}] {s.ListedOn}..{s.EndedOn} {s.Reason} {s.Dataset} {s.FirstSeen}..{s.LastSeen}";

    /// <summary>Records with names and values that JSON must escape, and scripts other than Latin.</summary>
    private static class Some
    {
        public static Entity Entity(EntityKind kind) => new($"entity-{kind}", kind, kind == EntityKind.Person ? Tricky : $"The {kind}")
        {
            Aliases = ["Иван Болт", "伊万", "إيفان", $"alias \"{kind}\""],
            Properties = new Dictionary<string, IReadOnlyList<string>>
            {
                ["notes"] = ["line one\nline two", "quote \" and \\ backslash", ""],
                ["country"] = ["zz"],
            },
        };

        public static Relationship Relationship(string type, int i) => new($"rel-{i}-{type}", type, $"from-{i}", $"to-{i}")
        {
            Role = i % 3 == 0 ? null : $"role \"{type}\" ✓",
            StartDate = i % 2 == 0 ? PartialDate.Parse("2019-03") : null,
            EndDate = i % 4 == 1 ? PartialDate.Parse("2021-12-31") : null,
        };

        public static readonly Sanction Sanction = new("sanction-1", "seed-authority", "entity-Person")
        {
            Programs = ["PROGRAM-1", "ПРОГРАММА"],
            Provisions = ["Block", "Travel ban"],
            ListedOn = PartialDate.Parse("2022-02"),
            EndedOn = PartialDate.Parse("2023-01-15"),
            Reason = "Because \"reasons\"\nand more",
            Dataset = "fx_list",
            FirstSeen = PartialDate.Parse("2022-02-03"),
            LastSeen = PartialDate.Parse("2024-05-06"),
        };
    }
}
