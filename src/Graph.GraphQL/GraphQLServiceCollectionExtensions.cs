using Graph.GraphQL.Loaders;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.GraphQL;

/// <summary>Registers the GraphQL schema of the sanctions graph.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>The most deeply nested selection a query may have; deeper documents are rejected before they run.</summary>
    public const int MaxDepth = 15;

    /// <summary>The highest estimated cost a query may have; costlier documents are rejected before they run.</summary>
    public const int MaxComplexity = 250_000;

    /// <summary>Registers the schema, its graph types, the per-request data loaders and the limits on hostile queries.</summary>
    public static IServiceCollection AddGraphSchema(this IServiceCollection services, bool exposeExceptionDetails)
    {
        services.AddScoped<GraphLoaders>();
        services.AddGraphQL(graphql => graphql
            .AddSchema<GraphSchema>()
            .AddSystemTextJson(o => o.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(GraphSchema).Assembly)
            .AddComplexityAnalyzer(o =>
            {
                o.MaxDepth = MaxDepth;
                o.MaxComplexity = MaxComplexity;
            })
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = exposeExceptionDetails)
            .ConfigureExecution(new Execution.ValidatedDocumentCache()));
        return services;
    }
}
