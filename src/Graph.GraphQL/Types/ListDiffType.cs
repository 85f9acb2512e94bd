using Graph.Domain.Store;
using GraphQL.Types;

namespace Graph.GraphQL.Types;

internal sealed class ListDiffType : ObjectGraphType<SanctionDiff>
{
    public ListDiffType()
    {
        Name = "ListDiff";
        Description = "What changed on a list between two days: the designations its copy carried on the second day and not the first (added), and the other way round (ended).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SanctionType>>>>("added")
            .Description("The designations added, in the order they were imported, at most `first` of them.").Resolve(c => c.Source.Added);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SanctionType>>>>("ended")
            .Description("The designations ended (delisted, or gone from the list), in the order they were imported, at most `first` of them.").Resolve(c => c.Source.Ended);
        Field<NonNullGraphType<IntGraphType>>("addedCount").Description("How many designations were added in all.").Resolve(c => (int)c.Source.AddedCount);
        Field<NonNullGraphType<IntGraphType>>("endedCount").Description("How many designations ended in all.").Resolve(c => (int)c.Source.EndedCount);
    }
}
