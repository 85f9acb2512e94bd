using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.GraphQL.Types;
using GraphQL;
using GraphQL.Types;

namespace Graph.GraphQL;

/// <summary>The walks of the graph: shortest paths, neighbourhoods page by page, and what lies around an entity.</summary>
internal sealed partial class GraphQuery
{
    private void AddNetworkFields()
    {
        Field<PathType>("path")
            .Description("The shortest chain of relationships between two entities, followed in either direction, or null when none is within maxHops. With asOf, only relationships that held that day are followed.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "The id of the entity to start at.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "The id of the entity to reach.")
            .Argument<IntGraphType>("maxHops", $"The longest chain to consider, 1 to {MaxHops}.", a => a.DefaultValue = DefaultPathHops)
            .WithDays()
            .ResolveAsync(async c => await c.Store().FindPathAsync(
                c.GetArgument<string>("from"), c.GetArgument<string>("to"),
                GraphErrors.Range(c.GetArgument("maxHops", DefaultPathHops), "maxHops", 1, MaxHops),
                DayArguments.Timing(c).AsOf, c.CancellationToken));

        Field<NeighbourhoodType>("neighbourhood")
            .Description("The entities within some hops of one entity and the relationships among them, nearest first, page by page; or null for an unknown id. With asOf, only relationships that held that day are followed.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The id of the entity at the center.")
            .Argument<IntGraphType>("hops", $"How far to go, 0 to {MaxNeighbourhoodHops}.", a => a.DefaultValue = 2)
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("types", "Follow only relationships of these types, e.g. [\"membership\"]. Omit for every type.")
            .Argument<ListGraphType<NonNullGraphType<EntityKindGraphType>>>("kinds", "Reach only entities of these kinds (the center is always there). Omit for every kind.")
            .WithDays()
            .Argument<IntGraphType>("limit", $"The most entities on this page, 1 to {MaxNeighbourhoodLimit}; `truncated` says when more remain.", a => a.DefaultValue = DefaultNeighbourhoodLimit)
            .Argument<StringGraphType>("after", "The endCursor of the previous page: the next entities in the same order, none repeated.")
            .ResolveAsync(async c =>
            {
                var query = new NeighbourhoodQuery(
                    GraphErrors.Range(c.GetArgument("hops", 2), "hops", 0, MaxNeighbourhoodHops),
                    GraphErrors.Range(c.GetArgument("limit", DefaultNeighbourhoodLimit), "limit", 1, MaxNeighbourhoodLimit))
                {
                    AsOf = DayArguments.Timing(c).AsOf,
                    Types = c.GetArgument<List<string>?>("types") ?? [],
                    Kinds = c.GetArgument<List<EntityKind>?>("kinds") ?? [],
                    After = c.GetArgument<string?>("after"),
                };
                var id = c.GetArgument<string>("id");
                var found = await Paged(() => c.Store().GetNeighbourhoodAsync(id, query, c.CancellationToken));
                return found is null ? null : new NeighbourhoodPage(id, found);
            });

        Field<RelationshipSummaryType>("relationshipSummary")
            .Description("What lies around an entity, without fetching it: its relationships counted per type and direction, its neighbours, and how many of them are sanctioned; or null for an unknown id. With asOf, what held that day.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The entity's id.")
            .WithDays()
            .ResolveAsync(async c => await c.Store().SummarizeRelationshipsAsync(c.GetArgument<string>("id"), DayArguments.Timing(c), c.CancellationToken));
    }
}
