using Graph.Domain.Model;

namespace Graph.Benchmarks.Matching;

/// <summary>One SDN entry as the labelled set sees it: its primary name, every name it carries, and the alt.csv names a store without alt.csv lacks.</summary>
/// <param name="Id">The importer's id, <c>ofac-ENT_NUM</c>.</param>
/// <param name="Kind">The kind the importer gives it: Person, Organization, Vessel or Aircraft.</param>
/// <param name="Name">The SDN_Name.</param>
/// <param name="AllNames">The primary name and every alias, alt.csv's included.</param>
/// <param name="AltNames">The names only alt.csv gives: those of its names that the SDN_Name and the Remarks' "a.k.a." items do not already hold.</param>
internal sealed record LabelEntry(string Id, EntityKind Kind, string Name, IReadOnlyList<string> AllNames, IReadOnlyList<string> AltNames)
{
    public string Type => OfacPublication.TypeOf(Kind);

    /// <summary>OFAC writes an individual "SURNAME, Given Names": the part before the first comma, or null.</summary>
    public string? Surname => Kind == EntityKind.Person && Name.IndexOf(',', StringComparison.Ordinal) is > 0 and var comma ? Name[..comma].Trim() : null;

    /// <summary>The given names after the first comma, or null.</summary>
    public string? Given => Surname is null ? null : Name[(Name.IndexOf(',', StringComparison.Ordinal) + 1)..].Trim();

    /// <summary>Pairs the entries of a publication read with and without alt.csv by id.</summary>
    public static List<LabelEntry> Of(IEnumerable<Entity> withAlt, IEnumerable<Entity> withoutAlt)
    {
        var stored = withoutAlt.ToDictionary(e => e.Id, StringComparer.Ordinal);
        return [.. withAlt.Select(e =>
        {
            var held = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { e.Name };
            if (stored.TryGetValue(e.Id, out var without)) held.UnionWith(without.Aliases);
            return new LabelEntry(e.Id, e.Kind, e.Name, [e.Name, .. e.Aliases], [.. e.Aliases.Where(a => !held.Contains(a))]);
        })];
    }
}
