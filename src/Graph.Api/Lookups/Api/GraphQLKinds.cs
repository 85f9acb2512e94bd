using System.Collections.Frozen;
using Graph.Domain.Model;
using GraphQL;

namespace Graph.Api.Lookups.Api;

/// <summary>
/// Entity kinds as GraphQL's <c>EntityKind</c> enum writes them (<c>PERSON</c>, <c>PUBLIC_BODY</c>), named by GraphQL.NET's
/// own constant-case conversion, the one its enumeration graph types apply.
/// </summary>
internal static class GraphQLKinds
{
    private static readonly FrozenDictionary<EntityKind, string> Names =
        Enum.GetValues<EntityKind>().ToFrozenDictionary(kind => kind, kind => kind.ToString().ToConstantCase());

    private static readonly FrozenDictionary<string, EntityKind> Kinds =
        Names.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every value, in the enum's order, for messages that list them.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<EntityKind>().Select(kind => Names[kind])];

    public static string Name(EntityKind kind) => Names[kind];

    /// <summary>Reads a value such as <c>PERSON</c> or <c>public_body</c>, ignoring case.</summary>
    public static bool TryParse(string text, out EntityKind kind) => Kinds.TryGetValue(text.Trim(), out kind);
}
