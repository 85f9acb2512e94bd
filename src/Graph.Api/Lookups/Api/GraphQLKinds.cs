using System.Collections.Frozen;
using System.Text;
using Graph.Domain.Model;

namespace Graph.Api.Lookups.Api;

/// <summary>Entity kinds as GraphQL's <c>EntityKind</c> enum writes them: <c>PERSON</c>, <c>PUBLIC_BODY</c>.</summary>
internal static class GraphQLKinds
{
    private static readonly FrozenDictionary<EntityKind, string> Names =
        Enum.GetValues<EntityKind>().ToFrozenDictionary(kind => kind, kind => ConstantCase(kind.ToString()));

    private static readonly FrozenDictionary<string, EntityKind> Kinds =
        Names.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every value, in the enum's order, for messages that list them.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<EntityKind>().Select(kind => Names[kind])];

    public static string Name(EntityKind kind) => Names[kind];

    /// <summary>Reads a value such as <c>PERSON</c> or <c>public_body</c>, ignoring case.</summary>
    public static bool TryParse(string text, out EntityKind kind) => Kinds.TryGetValue(text.Trim(), out kind);

    /// <summary>GraphQL.NET's naming of enum values: <c>PublicBody</c> becomes <c>PUBLIC_BODY</c>.</summary>
    private static string ConstantCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) text.Append('_');
            text.Append(char.ToUpperInvariant(name[i]));
        }
        return text.ToString();
    }
}
