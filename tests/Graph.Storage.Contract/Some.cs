using Graph.Domain.Model;

namespace Graph.Storage.Contract;

/// <summary>Test data: small records with just enough in them, each field overridable.</summary>
public static class Some
{
    public static Source Source(string quote = "a quote") => new("A report", "https://example.org/report", "Example Press", PartialDate.Parse("2023-07"), quote);

    public static Entity Person(string id, string name, params string[] aliases) =>
        new(id, EntityKind.Person, name) { Aliases = aliases, Sources = [Source()] };

    public static Entity Entity(string id, EntityKind kind, string? name = null) =>
        new(id, kind, name ?? id) { Sources = [Source()] };

    public static Sanction Sanction(string id, string authority, string target, string? listedOn = null, params string[] programs) =>
        new(id, authority, target)
        {
            Programs = programs,
            ListedOn = listedOn is null ? null : PartialDate.Parse(listedOn),
            Sources = [Source()],
        };

    public static Relationship Tie(string from, string to, string type = "associate", string? id = null) =>
        new(id ?? $"{from}--{type}--{to}", type, from, to) { Sources = [Source()] };
}
