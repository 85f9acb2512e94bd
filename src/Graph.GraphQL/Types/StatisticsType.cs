using Graph.Domain.Store;
using GraphQL.Types;

namespace Graph.GraphQL.Types;

internal sealed class StatisticsType : ObjectGraphType<GraphStatistics>
{
    public StatisticsType()
    {
        Name = "Statistics";
        Description = "How much the graph holds.";
        Field<NonNullGraphType<IntGraphType>>("entities").Description("The number of entities.").Resolve(c => checked((int)c.Source.Entities));
        Field<NonNullGraphType<IntGraphType>>("sanctions").Description("The number of sanctions.").Resolve(c => checked((int)c.Source.Sanctions));
        Field<NonNullGraphType<IntGraphType>>("relationships").Description("The number of relationships.").Resolve(c => checked((int)c.Source.Relationships));
    }
}
