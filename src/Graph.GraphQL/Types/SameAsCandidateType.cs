using Graph.Domain.Matching.Xref;
using GraphQL.Types;

namespace Graph.GraphQL.Types;

internal sealed class SameAsCandidateType : ObjectGraphType<SameAsCandidate>
{
    public SameAsCandidateType()
    {
        Name = "SameAsCandidate";
        Description = "A proposed sameAs link between entities of two datasets. Nothing is merged: linkSameAs accepts the pair, rejectSameAs rules it out.";
        Field<NonNullGraphType<EntityInterface>>("left").Description("The entity whose names were matched.").Resolve(c => c.Source.Left);
        Field<NonNullGraphType<EntityInterface>>("right").Description("The candidate from another dataset.").Resolve(c => c.Source.Right);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("The match score of right for left, 0 to 1.").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchExplanationType>>>>("explanations").Description("The features that gave the score.").Resolve(c => c.Source.Explanations);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("leftDatasets").Description("The datasets of left; \"seed\" for the hand-written facts.").Resolve(c => c.Source.LeftDatasets);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("rightDatasets").Description("The datasets of right.").Resolve(c => c.Source.RightDatasets);
    }
}
