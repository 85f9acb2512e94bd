using Graph.Domain.Store;
using GraphQL.Types;

namespace Graph.GraphQL.Types;

internal sealed class RelationshipSummaryType : ObjectGraphType<RelationshipSummary>
{
    public RelationshipSummaryType()
    {
        Name = "RelationshipSummary";
        Description = "What lies around an entity before fetching it: its relationships counted per type and direction, and how many of its neighbours are sanctioned.";
        Field<NonNullGraphType<EntityInterface>>("entity").Description("The entity summarised.")
            .Resolve(c => c.Loaders().Entity(c.Source.EntityId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipGroupType>>>>("groups")
            .Description("One count per relationship type and direction, the largest first.").Resolve(c => c.Source.Groups);
        Field<NonNullGraphType<IntGraphType>>("neighbours").Description("The distinct entities at the other end of its relationships.")
            .Resolve(c => c.Source.Neighbours);
        Field<NonNullGraphType<IntGraphType>>("sanctionedNeighbours")
            .Description("How many of those neighbours are the target of a sanction (in force on the day, when one is given).")
            .Resolve(c => c.Source.SanctionedNeighbours);
    }
}

internal sealed class RelationshipGroupType : ObjectGraphType<RelationshipGroup>
{
    public RelationshipGroupType()
    {
        Name = "RelationshipGroup";
        Description = "The relationships of one type that point one way from the entity.";
        Field<NonNullGraphType<StringGraphType>>("type").Description("The relationship type, e.g. \"membership\".").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<DirectionGraphType>>("direction").Description("OUTGOING when the entity is the relationship's `from`, INCOMING when it is its `to`.")
            .Resolve(c => c.Source.Direction);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many relationships.").Resolve(c => c.Source.Count);
    }
}
