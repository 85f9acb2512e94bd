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
        // The standard introspection query asks for `isRepeatable` and for deprecated arguments and input fields.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        Query = services.GetRequiredService<GraphQuery>();
        Mutation = services.GetRequiredService<Mutations.GraphMutation>();
        RegisterTypes(
            typeof(PersonType), typeof(OrganizationType), typeof(CompanyType), typeof(PublicBodyType),
            typeof(CountryType), typeof(PositionType), typeof(EventType), typeof(VesselType), typeof(AircraftType));
    }

    /// <summary>Completes the introspection types for the standard introspection query, see <see cref="StandardIntrospection"/>.</summary>
    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        StandardIntrospection.Complete(graphType);
        base.OnBeforeInitializeType(graphType);
    }
}
