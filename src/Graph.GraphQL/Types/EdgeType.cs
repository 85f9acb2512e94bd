using Graph.Domain.Store;
using GraphQL.Types;

namespace Graph.GraphQL.Types;

internal sealed class EdgeType<TNode, TNodeType> : ObjectGraphType<PageItem<TNode>>
    where TNodeType : IGraphType
{
    public EdgeType()
    {
        Name = $"{typeof(TNode).Name}Edge";
        Description = $"An item of a list of {typeof(TNode).Name.ToLowerInvariant()} entries, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to continue after this item.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description("The item.").Resolve(c => c.Source.Node);
    }
}
