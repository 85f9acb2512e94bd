using Graph.Domain.Model;

namespace Graph.Domain.Matching;

/// <summary>
/// What a caller knows of someone or something it wants to find on the lists: a name, and whatever else it holds
/// to confirm or refute a candidate. Every field but the name may be empty.
/// </summary>
/// <param name="Name">The name as the caller holds it, in any script and word order.</param>
public sealed record MatchQuery(string Name)
{
    /// <summary>Most characters of one name that are read: as many as a search reads.</summary>
    public const int MaxNameLength = Store.SearchQuery.MaxTextLength;

    /// <summary>Most names (the name and its aliases) that one query compares.</summary>
    public const int MaxNames = 8;

    /// <summary>Most values of each qualifier list (nationalities, countries, identifiers) that one query compares.</summary>
    public const int MaxValues = 8;

    /// <summary>The kind the caller looks for, or null for any.</summary>
    public EntityKind? Kind { get; init; }

    /// <summary>Other names of the same party.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The birth date (or incorporation date), possibly only a year or a month.</summary>
    public PartialDate? BirthDate { get; init; }

    /// <summary>Nationalities, as ISO codes or country names.</summary>
    public IReadOnlyList<string> Nationality { get; init; } = [];

    /// <summary>Countries tied to the party (residence, jurisdiction, address), as ISO codes or names.</summary>
    public IReadOnlyList<string> Country { get; init; } = [];

    /// <summary>"male", "female" or another word, or null.</summary>
    public string? Gender { get; init; }

    /// <summary>Identifiers: passport, national id, IMO, registration or tax number.</summary>
    public IReadOnlyList<string> Identifiers { get; init; } = [];

    /// <summary>
    /// The first bound the query breaks, as the field it is in and what is wrong, or null when it keeps them all.
    /// GraphQL refuses such a query; the REST routes, which clients written for yente and OpenRefine call, compare the
    /// first names and values instead, as <see cref="Names"/> and the scorer bound them.
    /// </summary>
    public (string Field, string Message)? Problem()
    {
        if (string.IsNullOrWhiteSpace(Name)) return ("name", "must name someone or something: it is empty.");
        foreach (var (field, value) in Aliases.Select(a => ("aliases", a)).Prepend(("name", Name)))
        {
            if (value.Length > MaxNameLength) return (field, $"must be at most {MaxNameLength} characters long, not {value.Length}.");
        }
        if (Aliases.Count > MaxNames - 1) return ("aliases", $"must hold at most {MaxNames - 1} names, not {Aliases.Count}.");
        foreach (var (field, values) in new[] { ("nationality", Nationality), ("country", Country), ("identifiers", Identifiers) })
        {
            if (values.Count > MaxValues) return (field, $"must hold at most {MaxValues} values, not {values.Count}.");
            if (values.FirstOrDefault(v => v.Length > MaxNameLength) is { } tooLong) return (field, $"values must be at most {MaxNameLength} characters long, not {tooLong.Length}.");
        }
        if (Gender is { Length: > 32 }) return ("gender", $"must be at most 32 characters long, not {Gender.Length}.");
        return null;
    }

    /// <summary>The name and the aliases, each once, bounded by <see cref="MaxNames"/>.</summary>
    public IReadOnlyList<string> Names() =>
        [.. new[] { Name }.Concat(Aliases).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct().Take(MaxNames)];
}
