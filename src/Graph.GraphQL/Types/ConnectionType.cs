using Graph.Domain.Store;
using GraphQL.Types;

namespace Graph.GraphQL.Types;

/// <summary>A Relay connection over one page of the store, with the total the filter matches.</summary>
internal abstract class ConnectionType<TNode, TNodeType> : ObjectGraphType<ConnectionPage<TNode>>
    where TNodeType : IGraphType
{
    protected ConnectionType(string nodeName, string description)
    {
        Name = $"{nodeName}Connection";
        Description = description;
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many items the whole list holds, across every page.")
            .Resolve(c => checked((int)c.Source.Page.TotalCount));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Description("The items of this page.")
            .Resolve(c => c.Source.Page.Items.Select(i => i.Node).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNode, TNodeType>>>>>("edges").Description("The items of this page, each with its cursor.")
            .Resolve(c => c.Source.Page.Items);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where this page stands in the whole list.")
            .Resolve(c => new PageInfo(c.Source.Page.HasNextPage, c.Source.AskedAfter, c.Source.Page.Items is [var first, ..] ? first.Cursor : null, c.Source.Page.Items is [.., var last] ? last.Cursor : null));
    }
}
