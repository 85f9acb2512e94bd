using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>Which entities a list keeps; an empty kind set keeps every kind.</summary>
public sealed record EntityFilter(IReadOnlyCollection<EntityKind> Kinds)
{
    /// <summary>Keeps everything.</summary>
    public static EntityFilter All { get; } = new([]);
}

/// <summary>Which sanctions a list keeps. Every null criterion keeps everything.</summary>
public sealed record SanctionFilter
{
    /// <summary>Keeps everything.</summary>
    public static SanctionFilter All { get; } = new();

    /// <summary>The authority's id or name, compared without regard to case.</summary>
    public string? Authority { get; init; }

    /// <summary>A programme the sanction was imposed under, compared without regard to case.</summary>
    public string? Program { get; init; }

    /// <summary>Keeps sanctions whose listing date may fall on or after this day.</summary>
    public DateOnly? ListedFrom { get; init; }

    /// <summary>Keeps sanctions whose listing date may fall on or before this day.</summary>
    public DateOnly? ListedTo { get; init; }

    /// <summary>Keeps sanctions that target this entity.</summary>
    public string? TargetId { get; init; }

    /// <summary>Keeps sanctions first seen in a publication on or after this day.</summary>
    public DateOnly? FirstSeenFrom { get; init; }

    /// <summary>
    /// Keeps sanctions in force on this day (the "as of" of a sanction list): listed (or first seen) by then and not
    /// ended by then, partial dates standing for every day they may mean, as <see cref="Holding.HoldsOn(Sanction, DateOnly)"/> says.
    /// </summary>
    public DateOnly? ActiveOn { get; init; }

    /// <summary>Keeps the sanctions the service's copy of their lists carried on this day (<see cref="SanctionTiming.KnownAsOf"/>).</summary>
    public DateOnly? KnownAsOf { get; init; }

    /// <summary>Keeps sanctions imported from this dataset, e.g. "us_ofac_sdn".</summary>
    public string? Dataset { get; init; }
}

/// <summary>Which designation changes the change feed lists.</summary>
/// <param name="Since">The first day to include.</param>
public sealed record ChangeFilter(DateOnly Since)
{
    /// <summary>The authority's id, name or alias, ignoring case; null for every authority.</summary>
    public string? Authority { get; init; }

    /// <summary>Keeps changes of this dataset only.</summary>
    public string? Dataset { get; init; }
}

/// <summary>Which way a relationship points, seen from an entity.</summary>
public enum Direction
{
    /// <summary>Relationships that start at the entity.</summary>
    Outgoing,

    /// <summary>Relationships that end at the entity.</summary>
    Incoming,

    /// <summary>Both.</summary>
    Both,
}

/// <summary>Which relationships a look-up keeps; an empty type set keeps every type.</summary>
public sealed record RelationshipFilter(IReadOnlyCollection<string> Types, Direction Direction)
{
    /// <summary>Every relationship, both directions.</summary>
    public static RelationshipFilter All { get; } = new([], Direction.Both);

    /// <summary>Keeps relationships that held on this day (<see cref="Holding.HoldsOn(Relationship, DateOnly)"/>); null keeps every one.</summary>
    public DateOnly? AsOf { get; init; }
}

/// <summary>A search for names and aliases.</summary>
public sealed record SearchQuery(string Text, IReadOnlyCollection<EntityKind> Kinds, int Limit)
{
    /// <summary>The most hits a search returns.</summary>
    public const int MaxLimit = 100;

    /// <summary>The longest search text, in characters: a name with its titles and spellings fits many times over.</summary>
    public const int MaxTextLength = 256;

    /// <summary>The most distinct words a search looks for; repeated words count once.</summary>
    public const int MaxWords = 16;

    /// <summary>The limit, never more than <see cref="MaxLimit"/>, whatever the caller asked.</summary>
    public int BoundedLimit => Math.Min(Limit, MaxLimit);
}
