using Graph.Domain.Matching;
using GraphQL.Types;

namespace Graph.GraphQL.Types;

internal sealed class MatchExplanationType : ObjectGraphType<MatchExplanation>
{
    public MatchExplanationType()
    {
        Name = "MatchExplanation";
        Description = "One feature a match score counted, with the values it compared on both sides.";
        Field<NonNullGraphType<StringGraphType>>("feature")
            .Description("name (the best pairing of names), name.exact, name.normalized, name.transliteration, name.token, name.phonetic, name.edit, name.initial, legalForm, birthDate, country, gender or identifier.")
            .Resolve(c => c.Source.Feature);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("What the feature found, from -1 (evidence against) to 1.").Resolve(c => c.Source.Score);
        Field<FloatGraphType>("weight").Description("What the feature adds to (or takes from) the score; null when it only informs.").Resolve(c => c.Source.Weight);
        Field<StringGraphType>("query").Description("The query's value that was compared.").Resolve(c => c.Source.Query);
        Field<StringGraphType>("candidate").Description("The candidate's value that was compared.").Resolve(c => c.Source.Candidate);
        Field<StringGraphType>("detail").Description("What the comparison found, in words.").Resolve(c => c.Source.Detail);
    }
}
