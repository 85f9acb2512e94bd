using Graph.Domain.Model;
using GraphQL.Types;

namespace Graph.GraphQL.Types;

/// <summary>The <c>EntityKind</c> enum: PERSON, ORGANIZATION, COMPANY, PUBLIC_BODY, COUNTRY, POSITION, EVENT, VESSEL, AIRCRAFT.</summary>
internal sealed class EntityKindGraphType : EnumerationGraphType<EntityKind>
{
    private static readonly Dictionary<EntityKind, string> Descriptions = new()
    {
        [EntityKind.Person] = "A natural person.",
        [EntityKind.Organization] = "A group that is neither a company nor a public body, such as an armed group or a junta.",
        [EntityKind.Company] = "A commercial company.",
        [EntityKind.PublicBody] = "A government body: a ministry, armed forces, a transitional government, a sanctions authority.",
        [EntityKind.Country] = "A country or territory.",
        [EntityKind.Position] = "A post a person holds, such as a ministry or a command.",
        [EntityKind.Event] = "Something that happened at a date: a coup, a massacre, a designation.",
        [EntityKind.Vessel] = "A ship, as sanctions lists name them.",
        [EntityKind.Aircraft] = "An aircraft, as sanctions lists name them.",
    };

    public EntityKindGraphType()
    {
        Name = "EntityKind";
        Description = "What an entity is. The kinds follow the FollowTheMoney schemata used by OpenSanctions.";
        foreach (var value in Values) value.Description = Descriptions[(EntityKind)value.Value!];
    }
}
