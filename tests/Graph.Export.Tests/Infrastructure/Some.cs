using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Export.Tests.Infrastructure;

/// <summary>A small graph whose names hold everything an export must escape, and scripts other than Latin.</summary>
internal static class Some
{
    /// <summary>Quotes, backslashes, line breaks, a semicolon, backticks, a dollar, a control character and five scripts.</summary>
    public const string Tricky = "O'Brien \"the Bolt\" back\\slash; `tick` $name\nsecond line\r\n\ttabbed \u2028 bell\u0007 end;";

    public static readonly string[] Scripts = ["Иван Болт", "عبد الله", "伊万·博尔特", "🦊 Fox 😀", "Zoë Ğüñ"];

    public static readonly Source Source = new($"Report on {Tricky}", "https://example.org/a?b=c;d", "Pub \"lisher\"", PartialDate.Parse("2023-07"), "He said: 'no; never'\nThen left.");

    public static Entity Person { get; } = new("person-1", EntityKind.Person, Tricky)
    {
        Aliases = [.. Scripts, "semi;colon", "back`tick"],
        Properties = new Dictionary<string, IReadOnlyList<string>>
        {
            ["nationality"] = ["ru", "ml"],
            ["notes"] = ["line one\nline two", "quote \" and \\ backslash"],
        },
        Sources = [Source],
        Note = $"Note: {Tricky}",
    };

    public static Entity Body { get; } = new("ofac", EntityKind.PublicBody, "Office of Foreign Assets Control")
    {
        Aliases = ["OFAC"],
        Sources = [Source],
    };

    public static Entity Group { get; } = new("group;1", EntityKind.Organization, "Группа «Вагнер»") { Aliases = ["Wagner", "فاغنر", "瓦格纳"] };

    public static Entity Event { get; } = new("event-1", EntityKind.Event, "Coup d'état; 2020")
    {
        Properties = new Dictionary<string, IReadOnlyList<string>> { ["date"] = ["2020-08-18"], ["location"] = ["Bamako"] },
    };

    /// <summary>Shares its id with the sanction that targets it, as OFAC's entries do.</summary>
    public static Entity Vessel { get; } = new("ofac-42", EntityKind.Vessel, "MV $hip 🚢") { Aliases = [] };

    public static IReadOnlyList<Entity> Entities { get; } = [Person, Body, Group, Event, Vessel];

    public static IReadOnlyList<Sanction> Sanctions { get; } =
    [
        new("ofac-2023-person", Body.Id, Person.Id)
        {
            Programs = ["RUSSIA-EO14024", "PROG;RAM"],
            Provisions = ["Block"],
            ListedOn = PartialDate.Parse("2023-07-24"),
            Reason = $"“facilitating” {Tricky}",
            Note = "fixed by \\the public record",
            Sources = [Source],
        },
        new("ofac-42", Body.Id, Vessel.Id)
        {
            Programs = ["SDGT"],
            ListedOn = PartialDate.Parse("2022"),
            EndedOn = PartialDate.Parse("2024-01"),
            Dataset = "us_ofac_sdn",
            FirstSeen = PartialDate.Parse("2022-03-01"),
            LastSeen = PartialDate.Parse("2023-12-31"),
        },
    ];

    public static IReadOnlyList<Relationship> Relationships { get; } =
    [
        new("membership;1", "membership", Person.Id, Group.Id) { Role = Tricky, StartDate = PartialDate.Parse("2019-03"), Sources = [Source] },
        new("support-1", "support", Group.Id, Body.Id) { Note = "odd; but true", EndDate = PartialDate.Parse("2021") },
        new("same-as-1", RelationshipTypes.SameAs, Vessel.Id, Group.Id),
        new("event-1--involved--person-1", "involvement", Person.Id, Event.Id) { Role = "involved" },
        new("event-1-speaker", "involvement", Group.Id, Event.Id) { Role = "speaker «главный»", StartDate = PartialDate.Parse("2020-08-18") },
    ];

    public static GraphBatch Batch { get; } = new(Entities, Sanctions, Relationships);
}
