using Graph.Domain.Model;

namespace Graph.Import.Running;

/// <summary>
/// Whether an incoming record says anything the stored one does not. Records hold lists and dictionaries, whose
/// equality is by reference, so this compares them by content; property order does not count. Sources compare
/// without their publication date: a list republished with the same entry says nothing new about it.
/// </summary>
internal static class RecordEquality
{
    public static bool Same(Entity a, Entity b) =>
        a.Id == b.Id && a.Kind == b.Kind && a.Name == b.Name && a.Note == b.Note
        && a.Aliases.SequenceEqual(b.Aliases) && SameSources(a.Sources, b.Sources) && SameProperties(a.Properties, b.Properties);

    /// <summary>Compares everything but LastSeen, which a publication moves without changing the designation.</summary>
    public static bool Same(Sanction a, Sanction b) =>
        a.Id == b.Id && a.AuthorityId == b.AuthorityId && a.TargetId == b.TargetId && a.ListedOn == b.ListedOn
        && a.EndedOn == b.EndedOn && a.Reason == b.Reason && a.Note == b.Note && a.Dataset == b.Dataset && a.FirstSeen == b.FirstSeen
        && a.Programs.SequenceEqual(b.Programs) && a.Provisions.SequenceEqual(b.Provisions) && SameSources(a.Sources, b.Sources);

    public static bool Same(Relationship a, Relationship b) =>
        a.Id == b.Id && a.Type == b.Type && a.FromId == b.FromId && a.ToId == b.ToId && a.Role == b.Role
        && a.StartDate == b.StartDate && a.EndDate == b.EndDate && a.Note == b.Note && SameSources(a.Sources, b.Sources);

    private static bool SameSources(IReadOnlyList<Source> a, IReadOnlyList<Source> b) =>
        a.Count == b.Count && a.Zip(b).All(pair => pair.First with { PublishedOn = null } == pair.Second with { PublishedOn = null });

    private static bool SameProperties(IReadOnlyDictionary<string, IReadOnlyList<string>> a, IReadOnlyDictionary<string, IReadOnlyList<string>> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var values) && values.SequenceEqual(p.Value));
}
