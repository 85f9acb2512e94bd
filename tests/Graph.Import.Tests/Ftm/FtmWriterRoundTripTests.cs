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
    public void A_participant_s_edge_with_its_own_sources_or_note_gets_a_line_of_its_own()
    {
        var fair = new Entity("fair", EntityKind.Event, "Fair") { Sources = [Some.Bare] };
        var plain = new Relationship("fair--involved--ana", "involvement", "ana", "fair") { Role = "involved", Sources = [Some.Bare] };
        var cited = new Relationship("fair--involved--bo", "involvement", "bo", "fair") { Role = "involved", Sources = [Some.Source] };
        var noted = new Relationship("fair--organizer--guild", "involvement", "guild", "fair") { Role = "organizer", Sources = [Some.Bare], Note = "n" };

        var (text, parsed) = RoundTrip([fair], [plain, cited, noted], [], _ => null);

        Assert.Equal(3, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("\"involved\":[\"ana\"]", text);
        Assert.Equal(new[] { plain, cited, noted }.Select(Describe).Order(), parsed.Relationships.Select(Describe).Order());
    }

    [Fact]
    public void Sources_and_notes_are_top_level_keys_beside_the_entity()
    {
        var (text, _) = RoundTrip([Some.Entity(EntityKind.Person), Some.Entity(EntityKind.Event)], [], [], _ => null);

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("},\"sources\":[{\"title\":\"Report on Ivan", lines[0]);
        Assert.Contains("\"publisher\":\"Pub \\\"lisher\\\"\",\"publishedOn\":\"2023-07\",\"quote\":\"Quote: Ivan", lines[0]);
        Assert.Contains("{\"title\":\"Только заголовок\"}],\"note\":\"Note: Ivan", lines[0]);
        Assert.EndsWith(",\"sources\":[]}", lines[1]);
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
        $"{e.Id} {e.Kind} {e.Name} [{string.Join(" | ", e.Aliases)}] {{{string.Join(", ", e.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}=[{string.Join(" | ", p.Value)}]"))}}} {Describe(e.Sources, e.Note)}";

    private static string Describe(Relationship r) => $"{r.Id} {r.Type} {r.FromId}->{r.ToId} role={r.Role} {r.StartDate}..{r.EndDate} {Describe(r.Sources, r.Note)}";

    private static string Describe(Sanction s) =>
        $"{s.Id} {s.AuthorityId}->{s.TargetId} [{string.Join(" | ", s.Programs)}] [{string.Join(" | ", s.Provisions)}] {s.ListedOn}..{s.EndedOn} {s.Reason} {s.Dataset} {s.FirstSeen}..{s.LastSeen} {Describe(s.Sources, s.Note)}";

    private static string Describe(IReadOnlyList<Source> sources, string? note) => $"sources=[{string.Join(" | ", sources)}] note={note ?? "(none)"}";

    /// <summary>Records with names and values that JSON must escape, and scripts other than Latin.</summary>
    private static class Some
    {
        public static readonly Source Source = new($"Report on {Tricky}", "https://example.org/a?b=c;d", "Pub \"lisher\"", PartialDate.Parse("2023-07"), $"Quote: {Tricky}");

        public static readonly Source Bare = new("Только заголовок", null, null, null, null);

        public static Entity Entity(EntityKind kind) => new($"entity-{kind}", kind, kind == EntityKind.Person ? Tricky : $"The {kind}")
        {
            Sources = kind == EntityKind.Event ? [] : [Source, Bare],
            Note = kind == EntityKind.Person ? $"Note: {Tricky}" : null,
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
            Sources = i % 2 == 0 ? [Source] : [],
            Note = i % 3 == 1 ? $"note {i} \"{type}\"" : null,
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
            Sources = [Bare, Source],
            Note = "fixed by \\the public record",
        };
    }
}
