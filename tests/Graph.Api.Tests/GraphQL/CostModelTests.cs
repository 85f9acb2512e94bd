using Graph.Api.Tests.Infrastructure;
using Graph.GraphQL;
using Graph.GraphQL.Cost;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.GraphQL;

/// <summary>The cost model states a bound for every list a query can reach, so a new list cannot slip in at a guess.</summary>
public sealed class CostModelTests : IDisposable
{
    private readonly GraphApp _app = new();

    [Fact]
    public void Every_list_of_objects_a_query_reaches_has_a_bound_of_its_own()
    {
        var schema = _app.Services.GetRequiredService<GraphSchema>();
        schema.Initialize();
        var model = new CostModel(new GraphBounds(MaxDegree: 7, MaxSanctions: 3), IntrospectionSize.Of(schema));
        var unknown = new List<string>();

        foreach (var (type, field) in ListsReachableFromQuery(schema))
        {
            var price = model.Price(type, field, _ => null, new CostScope(Page: 42, Reach.One));
            if (price.Items == CostModel.UnknownListItems) unknown.Add($"{type.Name}.{field.Name}");
        }

        Assert.Empty(unknown);
    }

    private static IEnumerable<(IGraphType Type, FieldType Field)> ListsReachableFromQuery(ISchema schema)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<IGraphType>([schema.Query]);
        while (pending.TryDequeue(out var type))
        {
            if (!seen.Add(type.Name)) continue;
            var implementations = type is IAbstractGraphType abstractType ? abstractType.PossibleTypes : [];
            foreach (var implementation in implementations) pending.Enqueue(implementation);
            if (type is not IComplexGraphType complex || type is IInputObjectGraphType) continue;
            foreach (var field in complex.Fields)
            {
                var named = field.ResolvedType!.GetNamedType();
                if (named is not (IComplexGraphType or IAbstractGraphType)) continue;
                pending.Enqueue(named);
                if (field.ResolvedType is ListGraphType or NonNullGraphType { ResolvedType: ListGraphType }) yield return (type, field);
            }
        }
    }

    public void Dispose() => _app.Dispose();
}
