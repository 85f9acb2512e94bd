using Graph.GraphQL.Loaders;
using Graph.Domain.Store;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.GraphQL.Types;

internal static class ResolveContextExtensions
{
    public static GraphLoaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<GraphLoaders>();

    public static IGraphStore Store(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IGraphStore>();
}
