using Graph.Domain.Model;

namespace Graph.GraphQL.Types;

internal sealed class VesselType : EntityObjectType
{
    public VesselType() : base("Vessel", EntityKind.Vessel, "A ship, as sanctions lists name them.")
    {
        StringProperty("imoNumber", "imoNumber", "The IMO number, when known.");
        StringProperty("callSign", "callSign", "The radio call sign.");
        StringProperty("flag", "flag", "The flag state, as the list writes it.");
        StringProperty("type", "type", "The kind of vessel, e.g. \"Crude Oil Tanker\".");
    }
}
