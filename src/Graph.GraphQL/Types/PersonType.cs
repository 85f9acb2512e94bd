using Graph.Domain.Model;

namespace Graph.GraphQL.Types;

internal sealed class PersonType : EntityObjectType
{
    public PersonType() : base("Person", EntityKind.Person, "A natural person.")
    {
        StringListProperty("nationality", "nationality", "Nationalities as lowercase ISO 3166-1 codes, e.g. \"ml\".");
        StringListProperty("titles", "title", "Titles and ranks, e.g. \"Colonel\".");
        DateProperty("birthDate", "birthDate", "The date of birth, possibly partial.");
    }
}
