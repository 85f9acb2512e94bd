using Graph.Domain.Store;
using GraphQL.Types;

namespace Graph.GraphQL.Types;

/// <summary>One page of the neighbourhood of an entity.</summary>
internal sealed record NeighbourhoodPage(string CenterId, Subgraph Subgraph);

internal sealed class NeighbourhoodType : ObjectGraphType<NeighbourhoodPage>
{
    public NeighbourhoodType()
    {
        Name = "Neighbourhood";
        Description = "The entities within some hops of one entity, and the relationships among them.";
        Field<NonNullGraphType<EntityInterface>>("center").Description("The entity the neighbourhood is around.")
            .Resolve(c => c.Loaders().Entity(c.Source.CenterId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("entities")
            .Description("The entities of this page, nearest first; the first page starts with the center.")
            .Resolve(c => c.Source.Subgraph.EntityIds.Select(id => c.Loaders().Entity(id)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipType>>>>("relationships")
            .Description("The relationships that tie this page's entities to those reached before them (on this page or an earlier one).").Resolve(c => c.Source.Subgraph.Relationships);
        Field<NonNullGraphType<BooleanGraphType>>("truncated")
            .Description("True when the limit cut the neighbourhood short: ask for the next page with after: endCursor, or with a higher limit or fewer hops.")
            .Resolve(c => c.Source.Subgraph.Truncated);
        Field<StringGraphType>("endCursor")
            .Description("The cursor to pass as `after` for the next page: the entities after this page's last, each with the relationships that tie it to those reached before.")
            .Resolve(c => c.Source.Subgraph.EndCursor);
    }
}
