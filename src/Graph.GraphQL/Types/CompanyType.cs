using Graph.Domain.Model;

namespace Graph.GraphQL.Types;

internal sealed class CompanyType : EntityObjectType
{
    public CompanyType() : base("Company", EntityKind.Company, "A commercial company.")
    {
        StringListProperty("jurisdiction", "jurisdiction", "Where the company is registered, as lowercase ISO 3166-1 codes.");
    }
}
