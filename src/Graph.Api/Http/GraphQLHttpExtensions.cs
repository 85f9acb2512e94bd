namespace Graph.Api.Http;

internal static class GraphQLHttpExtensions
{
    /// <summary>
    /// The /graphql endpoint's own services: its limits from the "Limits" section (validated at start), the
    /// byte-bounded cache of answers to repeated anonymous queries, and the gate on executions in flight.
    /// </summary>
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services)
    {
        services.AddOptions<HttpLimitsOptions>().BindConfiguration(HttpLimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<GraphQLResponseCache>();
        services.AddSingleton<GraphQLConcurrencyGate>();
        return services;
    }
}
