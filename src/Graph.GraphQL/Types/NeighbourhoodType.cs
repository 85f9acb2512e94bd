using Graph.Domain.Store;
using GraphQL.Types;

namespace Graph.GraphQL.Types;

internal sealed class NeighbourhoodType : ObjectGraphType<Subgraph>
{
    public NeighbourhoodType()
    {
        Name = "Neighbourhood";
        Description = "The entities within some hops of one entity, and the relationships among them.";
        Field<NonNullGraphType<EntityInterface>>("center").Description("The entity the neighbourhood is around.")
            .Resolve(c => c.Loaders().Entity(c.Source.EntityIds[0]));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("entities")
            .Description("Every entity reached, nearest first, the center included.")
            .Resolve(c => c.Source.EntityIds.Select(id => c.Loaders().Entity(id)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipType>>>>("relationships")
            .Description("The relationships followed to reach them.").Resolve(c => c.Source.Relationships);
        Field<NonNullGraphType<BooleanGraphType>>("truncated")
            .Description("True when the limit cut the neighbourhood short; ask again with a higher limit or fewer hops.")
            .Resolve(c => c.Source.Truncated);
    }
}
