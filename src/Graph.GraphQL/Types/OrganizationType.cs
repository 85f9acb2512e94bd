using Graph.Domain.Model;

namespace Graph.GraphQL.Types;

internal sealed class OrganizationType : EntityObjectType
{
    public OrganizationType() : base("Organization", EntityKind.Organization, "A group that is neither a company nor a public body, such as an armed group or a junta.")
    {
        StringListProperty("countries", "country", "Countries the organisation is tied to, as lowercase ISO 3166-1 codes.");
    }
}
