using Graph.GraphQL.Cost;
using Graph.GraphQL.Execution;
using Graph.GraphQL.Loaders;
using GraphQL;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.GraphQL;

/// <summary>Registers the GraphQL schema of the sanctions graph.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>The most deeply nested selection a query may have; deeper documents are rejected before they run.</summary>
    public const int MaxDepth = 15;

    /// <summary>
    /// Registers the schema, its graph types, the per-request data loaders and the limits on hostile queries: a cost
    /// budget priced with each execution's variables, the depth limit, an execution timeout and a cap on the objects
    /// of a response, read from the <c>Limits</c> configuration section (<see cref="QueryLimits"/>).
    /// </summary>
    public static IServiceCollection AddGraphSchema(this IServiceCollection services, bool exposeExceptionDetails)
    {
        services.AddOptions<QueryLimits>().BindConfiguration(QueryLimits.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<QueryLimits>, QueryLimitsValidation>();
        services.AddScoped<GraphLoaders>();
        services.AddSingleton<GraphBoundsCache>();
        services.AddSingleton<QueryCostCheck>();
        services.AddGraphQL(graphql => graphql
            .AddSchema<GraphSchema>()
            .AddSystemTextJson(o => o.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(GraphSchema).Assembly)
            .AddExecutionStrategy(new BudgetedExecutionStrategy(), OperationType.Query)
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = exposeExceptionDetails)
            .ConfigureExecution<ExecutionLimits>()
            .ConfigureExecution<ValidatedDocumentCache>());
        return services;
    }
}
