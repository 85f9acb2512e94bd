using Graph.Domain.Store;
using GraphQL.Types;

namespace Graph.GraphQL.Types;

internal sealed class PathType : ObjectGraphType<GraphPath>
{
    public PathType()
    {
        Name = "Path";
        Description = "The shortest chain of relationships between two entities, followed in either direction.";
        Field<NonNullGraphType<IntGraphType>>("length").Description("The number of relationships in the chain.").Resolve(c => c.Source.Length);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("entities")
            .Description("The entities along the chain, from the start to the end.")
            .Resolve(c => c.Source.EntityIds.Select(id => c.Loaders().Entity(id)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipType>>>>("relationships")
            .Description("The relationships along the chain; the n-th joins the n-th and (n+1)-th entity, whatever its direction.")
            .Resolve(c => c.Source.Relationships);
    }
}
