namespace Graph.Domain.Model;

/// <summary>A node of the graph: a person, organisation, public body, country, position or event.</summary>
/// <param name="Id">The stable id, unique across the graph.</param>
/// <param name="Kind">What the entity is.</param>
/// <param name="Name">The main name, as the best source writes it.</param>
public sealed record Entity(string Id, EntityKind Kind, string Name)
{
    /// <summary>Other names the entity is known by, including spellings without diacritics.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>FollowTheMoney properties (nationality, birthDate, date, location…), each a list of strings.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Properties { get; init; } = EmptyProperties;

    /// <summary>The sources that state the entity exists as described.</summary>
    public IReadOnlyList<Source> Sources { get; init; } = [];

    /// <summary>An editor's note, e.g. how a date was fixed.</summary>
    public string? Note { get; init; }

    /// <summary>The values of one property, or none.</summary>
    public IReadOnlyList<string> Property(string name) =>
        Properties.TryGetValue(name, out var values) ? values : [];

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> EmptyProperties =
        new Dictionary<string, IReadOnlyList<string>>();
}
