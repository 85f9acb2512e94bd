using Graph.Domain.Model;

namespace Graph.Import.Ofac;

/// <summary>
/// Turns "Linked To: NAME" items into associate relationships with the entry whose SDN_Name is NAME, ignoring case.
/// A name that no entry, or more than one, carries is no error: the item stays on the entity as a note.
/// </summary>
internal static class OfacLinkResolver
{
    private const string Role = "Linked To";

    /// <summary>The relationships, each with the entry whose remark states it.</summary>
    public static List<(Relationship Relationship, OfacDraft Draft)> Resolve(IReadOnlyList<OfacDraft> drafts, DateOnly published)
    {
        var byName = drafts.GroupBy(d => d.Row.Name!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count() == 1 ? g.First() : null, StringComparer.OrdinalIgnoreCase);
        var relationships = new List<(Relationship, OfacDraft)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            foreach (var link in draft.Links)
            {
                var target = Find(byName, link.Name) ?? Find(byName, link.Alternative);
                if (target is null || ReferenceEquals(target, draft))
                {
                    draft.Properties.Add("notes", link.Item);
                    continue;
                }
                var id = $"ofac-link-{draft.Row.Number}-{target.Row.Number}";
                if (!ids.Add(id)) continue;
                relationships.Add((new Relationship(id, "associate", draft.Id, target.Id)
                {
                    Role = Role,
                    Sources = OfacSource.Quoting(link.Item, published),
                }, draft));
            }
        }
        return relationships;
    }

    /// <summary>The only entry of that name; null when none or several carry it.</summary>
    private static OfacDraft? Find(Dictionary<string, OfacDraft?> byName, string? name) =>
        name is not null && byName.TryGetValue(name, out var draft) ? draft : null;
}
