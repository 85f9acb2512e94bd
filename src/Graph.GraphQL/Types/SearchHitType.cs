using Graph.Domain.Store;
using GraphQL.Types;

namespace Graph.GraphQL.Types;

internal sealed class SearchHitType : ObjectGraphType<SearchHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Description = "An entity whose name or alias matched a search.";
        Field<NonNullGraphType<FloatGraphType>>("score")
            .Description("How well the query names the entity, from 0 to 1; 1 means every word matched in full, in any order.")
            .Resolve(c => c.Source.Score);
        Field<NonNullGraphType<EntityInterface>>("entity").Description("The matching entity.").Resolve(c => c.Source.Entity);
    }
}
