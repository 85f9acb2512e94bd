using GraphQL.Types;

namespace Graph.GraphQL.Mutations;

internal sealed class IgnoredRecordsType : ObjectGraphType<KeyValuePair<string, int>>
{
    public IgnoredRecordsType()
    {
        Name = "IgnoredRecords";
        Description = "Records of a kind the graph does not model, such as FollowTheMoney addresses.";
        Field<NonNullGraphType<StringGraphType>>("kind").Description("The kind, e.g. \"Address\".").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many were left aside.").Resolve(c => c.Source.Value);
    }
}
