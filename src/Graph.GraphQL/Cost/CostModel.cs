using Graph.GraphQL.Types;
using GraphQL;
using GraphQL.Types;

namespace Graph.GraphQL.Cost;

/// <summary>
/// What each field of this schema really fetches. Every field of the response costs 1 per instance, an object or a
/// scalar; a list of objects multiplies the cost of its selection by the list's bound; fields that query the store
/// add the rows they read whatever is selected. The bounds come from the arguments (a page's <c>first</c>, a
/// neighbourhood's <c>limit</c>), from the store (the degree of the busiest entity) and from the schema itself
/// (introspection).
/// </summary>
internal sealed class CostModel(GraphBounds graph, IntrospectionSize schema)
{
    /// <summary>
    /// Lists held inside a record (an entity's properties, a fact's sources) are priced at this many items. They cost no
    /// fetch of their own, only their share of the response, which the response object cap bounds in the end.
    /// </summary>
    public const long EmbeddedListItems = 16;

    /// <summary>Lists this model does not know, such as those of a mutation's report.</summary>
    public const long UnknownListItems = 100;

    /// <summary>A count over a whole table or filter (statistics, a page's totalCount): its price in rows.</summary>
    public const long TableCount = 100;

    public FieldPrice Price(IGraphType parent, FieldType field, Func<string, long?> argument, CostScope scope)
    {
        var isList = field.ResolvedType is ListGraphType or NonNullGraphType { ResolvedType: ListGraphType };
        var ofObjects = field.ResolvedType?.GetNamedType() is IComplexGraphType or IAbstractGraphType;
        if (parent.Name.StartsWith("__", StringComparison.Ordinal)) return Introspection(parent.Name, field.Name, scope);
        if (parent.Name == "Query") return Root(field.Name, argument);
        if (!isList || !ofObjects) return FieldPrice.Single;
        return (parent, field.Name) switch
        {
            (EntityInterface or EntityObjectType, "relationships" or "sameAs") => FieldPrice.List(graph.MaxDegree),
            (EntityInterface or EntityObjectType, "sanctions") => FieldPrice.List(graph.MaxSanctions),
            (_, "properties" or "sources" or "explanations") => FieldPrice.List(EmbeddedListItems),
            ({ Name: "Neighbourhood" or "Path" }, "entities" or "relationships") => FieldPrice.List(scope.Page),
            ({ Name: "ListDiff" }, "added" or "ended") => FieldPrice.List(scope.Page),
            ({ Name: "RelationshipSummary" }, "groups") => FieldPrice.List(2L * Domain.Model.RelationshipTypes.All.Count),
            ({ Name: var name }, "nodes" or "edges") when name.EndsWith("Connection", StringComparison.Ordinal) => FieldPrice.List(scope.Page),
            _ => FieldPrice.List(UnknownListItems),
        };
    }

    /// <summary>
    /// The part of a scope a selection on this type can read: the page size only on the types whose lists it sizes,
    /// the introspection reach only on introspection types.
    /// </summary>
    public static CostScope ScopeSeenBy(IGraphType type, CostScope scope) => type.Name switch
    {
        "Neighbourhood" or "Path" or "ListDiff" => scope with { Reach = Reach.One },
        var name when name.EndsWith("Connection", StringComparison.Ordinal) => scope with { Reach = Reach.One },
        var name when name.StartsWith("__", StringComparison.Ordinal) => scope with { Page = 0 },
        _ => CostScope.None,
    };

    private FieldPrice Root(string field, Func<string, long?> argument)
    {
        switch (field)
        {
            case "search":
                var hits = NonNegative(argument("first") ?? GraphQuery.DefaultSearchHits);
                return new FieldPrice(hits, hits, CostScope.None);
            case "match":
                // The candidates read and scored whatever is asked for, then the hits.
                var matches = NonNegative(argument("first") ?? Domain.Matching.MatchOptions.DefaultFirst);
                return new FieldPrice(Saturating.Add(Domain.Matching.EntityMatcher.CandidateLimit, matches), matches, CostScope.None);
            case "sameAsCandidates":
                // Proposals are computed once per store version and scope; a page reads what it shows.
                var proposals = NonNegative(argument("first") ?? GraphQuery.DefaultPageSize);
                return new FieldPrice(Saturating.Add(TableCount, proposals), 1, CostScope.None with { Page = proposals });
            case "entities" or "sanctions" or "changes":
                var page = NonNegative(argument("first") ?? GraphQuery.DefaultPageSize);
                return new FieldPrice(Saturating.Add(TableCount, page), 1, CostScope.None with { Page = page });
            case "neighbourhood":
                var limit = NonNegative(argument("limit") ?? GraphQuery.DefaultNeighbourhoodLimit);
                return new FieldPrice(limit, 1, CostScope.None with { Page = limit });
            case "path":
                var hops = NonNegative(argument("maxHops") ?? GraphQuery.DefaultPathHops);
                return new FieldPrice(hops, 1, CostScope.None with { Page = Saturating.Add(hops, 1) });
            case "listDiff":
                // Both lists of the two days are counted whole, then the first of each are read.
                var items = NonNegative(argument("first") ?? GraphQuery.DefaultListDiffItems);
                return new FieldPrice(Saturating.Add(Saturating.Multiply(2, TableCount), Saturating.Multiply(2, items)), 1, CostScope.None with { Page = items });
            case "relationshipSummary":
                // Counts every relationship of the entity, and looks up the sanctions of each neighbour, as many at most.
                return new FieldPrice(Saturating.Multiply(2, graph.MaxDegree), 1, CostScope.None);
            case "statistics":
                return new FieldPrice(TableCount, 1, CostScope.None);
            default:
                return FieldPrice.Single;
        }
    }

    private FieldPrice Introspection(string type, string field, CostScope scope)
    {
        var everyType = scope.Reach == Reach.EveryType;
        return (type, field) switch
        {
            ("__Schema", "types") => FieldPrice.List(schema.Types, CostScope.None with { Reach = Reach.EveryType }),
            ("__Schema", "directives") => FieldPrice.List(schema.Directives, CostScope.None with { Reach = Reach.EveryDirective }),
            ("__Type", "fields") => FieldPrice.List(
                everyType ? schema.Fields.PerOwner(schema.Types) : schema.Fields.Max,
                CostScope.None with { Reach = everyType ? Reach.EveryField : Reach.One }),
            ("__Type", "inputFields") => FieldPrice.List(everyType ? schema.InputFields.PerOwner(schema.Types) : schema.InputFields.Max),
            ("__Type", "enumValues") => FieldPrice.List(everyType ? schema.EnumValues.PerOwner(schema.Types) : schema.EnumValues.Max),
            ("__Type", "interfaces") => FieldPrice.List(everyType ? schema.Interfaces.PerOwner(schema.Types) : schema.Interfaces.Max),
            ("__Type", "possibleTypes") => FieldPrice.List(everyType ? schema.PossibleTypes.PerOwner(schema.Types) : schema.PossibleTypes.Max),
            ("__Field", "args") => FieldPrice.List(scope.Reach == Reach.EveryField
                ? schema.FieldArguments.PerOwner(schema.Fields.Total)
                : schema.FieldArguments.Max),
            ("__Directive", "args") => FieldPrice.List(scope.Reach == Reach.EveryDirective
                ? schema.DirectiveArguments.PerOwner(schema.Directives)
                : schema.DirectiveArguments.Max),
            _ => FieldPrice.Single,
        };
    }

    private static long NonNegative(long value) => Math.Max(0, value);
}
