using GraphQL;
using GraphQL.Types;
using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;

namespace Graph.GraphQL.Cost;

/// <summary>
/// Prices one operation with its actual argument values, fragments expanded. A fragment is priced once per scope
/// and its price reused at every spread, so a document of fragments that each spread the next twice is priced in
/// time linear in its size and found to cost what it would expand to.
/// </summary>
internal sealed class CostCalculator(
    ISchema schema,
    GraphQLDocument document,
    IReadOnlyDictionary<GraphQLField, IDictionary<string, ArgumentValue>>? arguments,
    CostModel model)
{
    /// <summary>How deeply fragments may spread one another, field depth aside.</summary>
    public const int MaxFragmentNesting = 64;

    private readonly Dictionary<(string Fragment, CostScope Scope), CostMeasure> _fragments = [];
    private readonly HashSet<string> _entered = new(StringComparer.Ordinal);

    /// <summary>True when fragments spread one another in a cycle or more than <see cref="MaxFragmentNesting"/> deep.</summary>
    public bool FragmentsTooDeep { get; private set; }

    public CostMeasure Measure(GraphQLOperationDefinition operation)
    {
        IGraphType? root = operation.Operation switch
        {
            OperationType.Query => schema.Query,
            OperationType.Mutation => schema.Mutation,
            OperationType.Subscription => schema.Subscription,
            _ => null,
        };
        return root is null ? CostMeasure.Zero : SelectionSet(operation.SelectionSet, root, CostScope.None);
    }

    private CostMeasure SelectionSet(GraphQLSelectionSet set, IGraphType type, CostScope scope)
    {
        var total = CostMeasure.Zero;
        foreach (var selection in set.Selections)
        {
            total = total.And(selection switch
            {
                GraphQLField field => Field(field, type, scope),
                GraphQLInlineFragment inline => SelectionSet(inline.SelectionSet, TypeNamed(inline.TypeCondition) ?? type, scope),
                GraphQLFragmentSpread spread => Spread(spread, scope),
                _ => CostMeasure.Zero,
            });
        }
        return total;
    }

    private CostMeasure Field(GraphQLField field, IGraphType parent, CostScope scope)
    {
        var definition = Definition(parent, field);
        if (definition is null) return new CostMeasure(1, 1);
        var price = model.Price(parent, definition, name => Argument(field, definition, name), scope);
        var selection = field.SelectionSet is { } set && definition.ResolvedType?.GetNamedType() is { } type
            ? SelectionSet(set, type, price.Inner)
            : CostMeasure.Zero;
        var cost = Saturating.Add(price.Fetch, Saturating.Multiply(price.Items, Saturating.Add(1, selection.Cost)));
        return new CostMeasure(cost, selection.Depth + 1);
    }

    private CostMeasure Spread(GraphQLFragmentSpread spread, CostScope scope)
    {
        var name = spread.FragmentName.Name.StringValue;
        if (document.FindFragmentDefinition(spread.FragmentName.Name) is not { } definition) return CostMeasure.Zero;
        var type = TypeNamed(definition.TypeCondition) ?? schema.Query;
        // Keyed by the part of the scope the fragment's type reads, so that spreads under many page sizes share one price.
        scope = CostModel.ScopeSeenBy(type, scope);
        if (_fragments.TryGetValue((name, scope), out var known)) return known;
        if (_entered.Count >= MaxFragmentNesting || !_entered.Add(name))
        {
            FragmentsTooDeep = true;
            return CostMeasure.Zero;
        }
        var measured = SelectionSet(definition.SelectionSet, type, scope);
        _entered.Remove(name);
        _fragments[(name, scope)] = measured;
        return measured;
    }

    private FieldType? Definition(IGraphType parent, GraphQLField field)
    {
        var name = field.Name.Value;
        if (name == schema.TypeNameMetaFieldType.Name) return schema.TypeNameMetaFieldType;
        if (ReferenceEquals(parent, schema.Query))
        {
            if (name == schema.SchemaMetaFieldType.Name) return schema.SchemaMetaFieldType;
            if (name == schema.TypeMetaFieldType.Name) return schema.TypeMetaFieldType;
        }
        return (parent as IComplexGraphType)?.GetField(name);
    }

    /// <summary>The argument as the resolver will see it: the document's value or variable, else the schema's default.</summary>
    private long? Argument(GraphQLField field, FieldType definition, string name)
    {
        var value = arguments is { } parsed && parsed.TryGetValue(field, out var values) && values.TryGetValue(name, out var argument)
            ? argument.Value
            : definition.Arguments?.Find(name)?.DefaultValue;
        return value switch
        {
            int number => number,
            long number => number,
            short or byte or sbyte or ushort or uint => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        };
    }

    private IGraphType? TypeNamed(GraphQLTypeCondition? condition) =>
        condition is null ? null : schema.AllTypes[condition.Type.Name.Value];
}
