using Graph.Domain.Matching;
using GraphQL.Types;

namespace Graph.GraphQL.Types;

internal sealed class MatchHitType : ObjectGraphType<MatchHit>
{
    public MatchHitType()
    {
        Name = "MatchHit";
        Description = "A candidate for a match query, with how sure the matcher is and why.";
        Field<NonNullGraphType<FloatGraphType>>("score")
            .Description("How sure the matcher is that the candidate is the party asked about, from 0 to 1. A name alone stays below 1: corroboration (birth date, country, identifier) ranks hits that have it higher.")
            .Resolve(c => c.Source.Score);
        Field<NonNullGraphType<BooleanGraphType>>("match").Description("Whether the score reached the threshold asked for.").Resolve(c => c.Source.Match);
        Field<NonNullGraphType<EntityInterface>>("entity").Description("The candidate.").Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchExplanationType>>>>("explanations")
            .Description("The features that counted, the name first.")
            .Resolve(c => c.Source.Explanations);
    }
}
