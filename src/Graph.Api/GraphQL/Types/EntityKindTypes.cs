using Graph.Domain.Model;

namespace Graph.Api.GraphQL.Types;

internal sealed class PersonType : EntityObjectType
{
    public PersonType() : base("Person", EntityKind.Person, "A natural person.")
    {
        StringListProperty("nationality", "nationality", "Nationalities as lowercase ISO 3166-1 codes, e.g. \"ml\".");
        StringListProperty("titles", "title", "Titles and ranks, e.g. \"Colonel\".");
        DateProperty("birthDate", "birthDate", "The date of birth, possibly partial.");
    }
}

internal sealed class OrganizationType : EntityObjectType
{
    public OrganizationType() : base("Organization", EntityKind.Organization, "A group that is neither a company nor a public body, such as an armed group or a junta.")
    {
        StringListProperty("countries", "country", "Countries the organisation is tied to, as lowercase ISO 3166-1 codes.");
    }
}

internal sealed class CompanyType : EntityObjectType
{
    public CompanyType() : base("Company", EntityKind.Company, "A commercial company.")
    {
        StringListProperty("jurisdiction", "jurisdiction", "Where the company is registered, as lowercase ISO 3166-1 codes.");
    }
}

internal sealed class PublicBodyType : EntityObjectType
{
    public PublicBodyType() : base("PublicBody", EntityKind.PublicBody, "A government body: a ministry, armed forces, a transitional government, a sanctions authority.")
    {
        StringListProperty("countries", "country", "The countries the body belongs to, as lowercase ISO 3166-1 codes.");
    }
}

internal sealed class CountryType : EntityObjectType
{
    public CountryType() : base("Country", EntityKind.Country, "A country or territory.")
    {
        StringProperty("code", "code", "The lowercase ISO 3166-1 alpha-2 code, e.g. \"ml\".");
    }
}

internal sealed class PositionType : EntityObjectType
{
    public PositionType() : base("Position", EntityKind.Position, "A post a person holds, such as a ministry or a command; holders are linked by occupancy relationships.")
    {
        StringListProperty("countries", "country", "The countries the position belongs to, as lowercase ISO 3166-1 codes.");
    }
}

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
