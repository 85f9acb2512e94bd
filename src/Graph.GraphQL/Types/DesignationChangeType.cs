using Graph.Domain.Store;
using GraphQL.Types;

namespace Graph.GraphQL.Types;

internal sealed class DesignationChangeType : ObjectGraphType<DesignationChange>
{
    public DesignationChangeType()
    {
        Name = "DesignationChange";
        Description = "One entry of the change feed: a designation added or ended on a date.";
        Field<NonNullGraphType<ChangeKindGraphType>>("kind").Description("Whether the designation was added or ended.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DateGraphType>>("date").Description("When: the publication that first carried it, its listing date, or when it ended.").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<SanctionType>>("sanction").Description("The sanction, with its authority and target.").Resolve(c => c.Source.Sanction);
    }
}
