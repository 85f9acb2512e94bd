using Graph.Domain.Store;
using GraphQL.Types;

namespace Graph.GraphQL.Types;

internal sealed class DirectionGraphType : EnumerationGraphType<Direction>
{
    public DirectionGraphType()
    {
        Name = "Direction";
        Description = "Which way a relationship points, seen from the entity asked about.";
        foreach (var value in Values)
        {
            value.Description = (Direction)value.Value! switch
            {
                Direction.Outgoing => "Relationships that start at the entity: it is the member, holder, owner or supporter.",
                Direction.Incoming => "Relationships that end at the entity: it is the organisation, position, asset or the one supported.",
                _ => "Both directions.",
            };
        }
    }
}
