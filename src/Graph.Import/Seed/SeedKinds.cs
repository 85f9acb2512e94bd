using Graph.Domain.Model;

namespace Graph.Import.Seed;

/// <summary>The seed format's names for entity kinds: person, organization, public_body…</summary>
internal static class SeedKinds
{
    private static readonly Dictionary<string, EntityKind> ByName = Enum.GetValues<EntityKind>()
        .ToDictionary(NameOf, kind => kind, StringComparer.Ordinal);

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool TryParse(string name, out EntityKind kind) => ByName.TryGetValue(name, out kind);

    /// <summary>"PublicBody" becomes "public_body".</summary>
    public static string NameOf(EntityKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
