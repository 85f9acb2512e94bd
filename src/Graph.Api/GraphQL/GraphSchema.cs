using Graph.Api.GraphQL.Types;
using GraphQL.Types;

namespace Graph.Api.GraphQL;

/// <summary>The schema: a read-only query root over the sanctions graph.</summary>
internal sealed class GraphSchema : Schema
{
    public GraphSchema(IServiceProvider services, GraphQuery query) : base(services)
    {
        Description = "A knowledge graph of people, organisations, public bodies, countries, positions, events and the sanctions imposed on them. Every fact carries its sources.";
        Query = query;
        RegisterTypes(
            typeof(PersonType), typeof(OrganizationType), typeof(CompanyType), typeof(PublicBodyType),
            typeof(CountryType), typeof(PositionType), typeof(EventType), typeof(VesselType), typeof(AircraftType));
    }
}
