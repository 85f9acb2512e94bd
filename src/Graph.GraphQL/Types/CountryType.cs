using Graph.Domain.Model;

namespace Graph.GraphQL.Types;

internal sealed class CountryType : EntityObjectType
{
    public CountryType() : base("Country", EntityKind.Country, "A country or territory.")
    {
        StringProperty("code", "code", "The lowercase ISO 3166-1 alpha-2 code, e.g. \"ml\".");
    }
}
