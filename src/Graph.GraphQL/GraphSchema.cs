using Graph.GraphQL.Types;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.GraphQL;

/// <summary>The schema: a read-only query root over the sanctions graph.</summary>
public sealed class GraphSchema : Schema
{
    public GraphSchema(IServiceProvider services) : base(services)
    {
        Description = "A knowledge graph of people, organisations, public bodies, countries, positions, events and the sanctions imposed on them. Every fact carries its sources.";
        // What graphql-js's getIntrospectionQuery() asks for with every option, as IDEs, codegen and Postman send it.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        Query = services.GetRequiredService<GraphQuery>();
        Mutation = services.GetRequiredService<Mutations.GraphMutation>();
        RegisterTypes(
            typeof(PersonType), typeof(OrganizationType), typeof(CompanyType), typeof(PublicBodyType),
            typeof(CountryType), typeof(PositionType), typeof(EventType), typeof(VesselType), typeof(AircraftType));
    }

    protected override void OnBeforeInitializeType(IGraphType graphType) => IntrospectionCompletion.Complete(graphType);
}
