using Graph.Domain.Model;

namespace Graph.GraphQL.Types;

internal sealed class PublicBodyType : EntityObjectType
{
    public PublicBodyType() : base("PublicBody", EntityKind.PublicBody, "A government body: a ministry, armed forces, a transitional government, a sanctions authority.")
    {
        StringListProperty("countries", "country", "The countries the body belongs to, as lowercase ISO 3166-1 codes.");
    }
}
