using Graph.Domain.Model;

namespace Graph.GraphQL.Types;

internal sealed class AircraftType : EntityObjectType
{
    public AircraftType() : base("Aircraft", EntityKind.Aircraft, "An aircraft, as sanctions lists name them.")
    {
        StringProperty("model", "model", "The aircraft model, e.g. \"Airbus A320\".");
        StringProperty("serialNumber", "serialNumber", "The manufacturer's serial number.");
        StringProperty("registrationNumber", "registrationNumber", "The tail number.");
    }
}
