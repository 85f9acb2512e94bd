using Graph.Domain.Matching;
using Graph.Domain.Model;

namespace Graph.Api.Matching.Reconcile;

/// <summary>One reconciliation query as read, whatever the version.</summary>
/// <param name="Query">What to match, or null when the query gave no name (it then has only the ids' candidates).</param>
/// <param name="Accepts">The kinds of candidates its types allow.</param>
/// <param name="Limit">How many candidates to return.</param>
/// <param name="Ids">Entity ids given to match, whose entities come first with the full score.</param>
internal sealed record ReconcileQuery(MatchQuery? Query, IReadOnlySet<EntityKind> Accepts, int Limit, IReadOnlyList<string> Ids);

/// <summary>Gathers one query's name, types, limit, ids and properties, value by value, whichever version's shape they came in.</summary>
internal sealed class ReconcileQueryBuilder
{
    private readonly MatchQueryDraft _draft = new();
    private readonly List<string> _ids = [];
    private FtmSchema? _single;
    private HashSet<EntityKind>? _accepts;
    private int _limit = MatchOptions.DefaultFirst;

    public string? AddName(string name, string place) => _draft.Add("name", name, place);

    public void AddId(string id)
    {
        if (id.Trim() is { Length: > 0 and <= Lookups.LookupQuery.MaxIdLength } trimmed) _ids.Add(trimmed);
    }

    /// <summary>Adds a property's value; a problem naming the place when the property does not refine a match.</summary>
    public string? AddProperty(string propertyId, string value, string place) =>
        ReconcileVocabulary.FtmPropertyOf(propertyId) is { } property
            ? _draft.Add(property, value, place)
            : $"{place}: '{Errors.MessageText.Shorten(propertyId, 40)}' is not a property this service matches on; give one of {ReconcileVocabulary.PropertyIds}.";

    /// <summary>Restricts candidates to the types named; a problem naming the place for a type that is not one.</summary>
    public string? AddType(string type, string place)
    {
        if (!FtmSchemas.TryFind(type, out var schema)) return $"{place}: '{Errors.MessageText.Shorten(type, 40)}' is not a type of this service; give one of {FtmSchemas.Names}.";
        _single = _accepts is null ? schema : null;
        (_accepts ??= []).UnionWith(schema.Accepts);
        return null;
    }

    public string? SetLimit(double limit, string place)
    {
        if (limit != Math.Floor(limit) || limit < 1) return $"{place}: give a positive whole number.";
        _limit = (int)Math.Min(limit, MatchOptions.MaxFirst);
        return null;
    }

    /// <summary>What a query without a type matches: parties, vessels and aircraft, not the positions and events the graph also holds.</summary>
    private static readonly IReadOnlySet<EntityKind> Untyped = FtmSchemas.Matchable.Where(s => s.Name != "Thing").SelectMany(s => s.Accepts).ToHashSet();

    public ReconcileQuery Build() =>
        new(_draft.Build(_single?.Kind), _accepts ?? Untyped, _limit, [.. _ids.Distinct(StringComparer.Ordinal).Take(MatchingLimits.MaxValuesPerProperty)]);
}
