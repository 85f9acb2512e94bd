using Graph.Domain.Model;

namespace Graph.GraphQL.Types;

internal sealed class PositionType : EntityObjectType
{
    public PositionType() : base("Position", EntityKind.Position, "A post a person holds, such as a ministry or a command; holders are linked by occupancy relationships.")
    {
        StringListProperty("countries", "country", "The countries the position belongs to, as lowercase ISO 3166-1 codes.");
    }
}
