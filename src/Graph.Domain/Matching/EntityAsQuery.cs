using Graph.Domain.Model;

namespace Graph.Domain.Matching;

/// <summary>An entity of the graph asked about as a match query: what cross-referencing sources compares.</summary>
public static class EntityAsQuery
{
    /// <summary>The entity's names, birth date, countries, gender and identifiers as a query, within a query's bounds.</summary>
    public static MatchQuery Of(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        static string Bounded(string text) => text.Length > MatchQuery.MaxNameLength ? text[..MatchQuery.MaxNameLength] : text;
        IReadOnlyList<string> Values(params string[] properties) =>
            [.. properties.SelectMany(entity.Property).Select(Bounded).Distinct().Take(MatchQuery.MaxValues)];
        return new MatchQuery(Bounded(entity.Name))
        {
            Kind = entity.Kind == EntityKind.Person ? EntityKind.Person : null,
            Aliases = [.. entity.Aliases.Select(Bounded).Where(a => a != entity.Name).Distinct().Take(MatchQuery.MaxNames - 1)],
            BirthDate = entity.Property("birthDate").Concat(entity.Property("incorporationDate"))
                .Select(v => PartialDate.TryParse(v, out var d) ? d : (PartialDate?)null).FirstOrDefault(d => d is not null),
            Nationality = Values("nationality", "citizenship"),
            Country = Values("country", "jurisdiction"),
            Gender = entity.Property("gender") is [{ Length: <= 32 } gender, ..] ? gender : null,
            Identifiers = Values([.. MatchKeys.IdentifierProperties]),
        };
    }
}
