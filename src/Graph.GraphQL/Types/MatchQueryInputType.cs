using Graph.Domain.Matching;
using Graph.Domain.Model;
using GraphQL;
using GraphQL.Types;

namespace Graph.GraphQL.Types;

internal sealed class MatchQueryInputType : InputObjectGraphType<MatchQuery>
{
    public MatchQueryInputType()
    {
        Name = "MatchQuery";
        Description = "What is known of the party to find: a name, and whatever confirms or refutes a candidate. Only the name is required.";
        Field<NonNullGraphType<StringGraphType>>("name").Description($"The name as held, in any script and word order, at most {MatchQuery.MaxNameLength} characters.");
        Field<EntityKindGraphType>("kind").Description("The kind to look for; ORGANIZATION also finds companies and public bodies. Omit for any.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("aliases").Description($"Other names of the same party, at most {MatchQuery.MaxNames - 1}.");
        Field<DateGraphType>("birthDate").Description("The birth (or incorporation) date; a year or a month alone counts as such.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("nationality").Description("Nationalities, as ISO codes (\"ml\") or names (\"Mali\").");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("country").Description("Countries tied to the party (residence, jurisdiction), as ISO codes or names.");
        Field<StringGraphType>("gender").Description("\"male\" or \"female\" (or m, f).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("identifiers").Description("Passport, national id, IMO, registration or tax numbers; spaces, dashes and an IMO prefix do not matter.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        static IReadOnlyList<string> List(IDictionary<string, object?> value, string key) =>
            value.TryGetValue(key, out var list) && list is IEnumerable<object?> items ? [.. items.OfType<string>()] : [];
        var query = new MatchQuery((string)value["name"]!)
        {
            Kind = value.TryGetValue("kind", out var kind) ? (EntityKind?)kind : null,
            Aliases = List(value, "aliases"),
            BirthDate = value.TryGetValue("birthDate", out var born) ? (PartialDate?)born : null,
            Nationality = List(value, "nationality"),
            Country = List(value, "country"),
            Gender = value.TryGetValue("gender", out var gender) ? (string?)gender : null,
            Identifiers = List(value, "identifiers"),
        };
        return query.Problem() is { } problem ? throw GraphErrors.BadInput($"query.{problem.Field}", problem.Message) : query;
    }
}
