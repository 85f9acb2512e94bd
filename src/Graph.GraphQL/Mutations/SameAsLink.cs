using Graph.Domain.Model;

namespace Graph.GraphQL.Mutations;

/// <summary>
/// The reviewer's decisions on a pair of entities: the identity link, or its rejection. Each is one relationship per
/// pair whichever way round it is asked for, and a decision replaces the other.
/// </summary>
internal static class SameAsLink
{
    public static string IdOf(string a, string b) => PairId("same-as", a, b);

    public static string RejectionIdOf(string a, string b) => PairId("not-same-as", a, b);

    private static string PairId(string prefix, string a, string b) =>
        string.CompareOrdinal(a, b) <= 0 ? $"{prefix}--{a}--{b}" : $"{prefix}--{b}--{a}";

    public static Relationship Rejection(string from, string to, string? reason)
    {
        if (from == to) throw GraphErrors.BadInput("to", "an entity is always the same as itself; name two different entities.");
        return new Relationship(RejectionIdOf(from, to), RelationshipTypes.NotSameAs, from, to)
        {
            Role = "not the same as",
            Sources = [new Source("Identity decision made through the API", null, null, PartialDate.FromDate(DateOnly.FromDateTime(DateTime.UtcNow)), reason ?? "Ruled different parties by an authenticated user.")],
        };
    }

    public static Relationship Between(string from, string to, string? reason)
    {
        if (from == to) throw GraphErrors.BadInput("to", "an entity is the same as itself already; name two different entities.");
        return new Relationship(IdOf(from, to), RelationshipTypes.SameAs, from, to)
        {
            Role = "same as",
            Sources = [new Source("Identity link made through the API", null, null, PartialDate.FromDate(DateOnly.FromDateTime(DateTime.UtcNow)), reason ?? "Linked by an authenticated user.")],
        };
    }
}
