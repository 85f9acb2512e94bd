using GraphQL.Types;

namespace Graph.GraphQL.Types;

/// <summary>Relay's PageInfo, computed from a page of the store.</summary>
internal sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page stands in the whole list. Pass endCursor as `after` to get the next page.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("True when more items follow this page.").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("True when this page was asked for with a cursor.").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("The cursor of the first item, or null for an empty page.").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Description("The cursor of the last item, or null for an empty page.").Resolve(c => c.Source.EndCursor);
    }
}
