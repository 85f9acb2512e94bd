using Graph.Import.Running;
using GraphQL.Types;

namespace Graph.GraphQL.Mutations;

internal sealed class RecordCountsType : ObjectGraphType<RecordCounts>
{
    public RecordCountsType()
    {
        Name = "RecordCounts";
        Description = "How many records of one kind an import created, updated, left unchanged or deleted.";
        Field<NonNullGraphType<IntGraphType>>("created").Description("New records.").Resolve(c => c.Source.Created);
        Field<NonNullGraphType<IntGraphType>>("updated").Description("Records that changed.").Resolve(c => c.Source.Updated);
        Field<NonNullGraphType<IntGraphType>>("unchanged").Description("Records already as the input says.").Resolve(c => c.Source.Unchanged);
        Field<NonNullGraphType<IntGraphType>>("deleted").Description("Records removed.").Resolve(c => c.Source.Deleted);
    }
}
