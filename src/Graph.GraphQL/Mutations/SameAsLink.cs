using Graph.Domain.Model;

namespace Graph.GraphQL.Mutations;

/// <summary>The explicit identity link, one per pair of entities whichever way round it is asked for.</summary>
internal static class SameAsLink
{
    public static string IdOf(string a, string b) =>
        string.CompareOrdinal(a, b) <= 0 ? $"same-as--{a}--{b}" : $"same-as--{b}--{a}";

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
