using Graph.Domain.Model;

namespace Graph.GraphQL.Types;

internal sealed class EventType : EntityObjectType
{
    public EventType() : base("Event", EntityKind.Event, "Something that happened at a date: a coup, a massacre, a designation. Participants are linked by involvement relationships.")
    {
        DateProperty("date", "date", "When the event happened or began, possibly partial.");
        DateProperty("endDate", "endDate", "When the event ended, possibly partial.");
        StringProperty("location", "location", "Where the event happened.");
        StringProperty("summary", "summary", "A one-line summary of the event.");
    }
}
