namespace Graph.GraphQL.Cost;

/// <summary>What one field costs before its selection: the store work it does whatever is selected, how many items it returns, and the scope of its selection.</summary>
/// <param name="Fetch">Store work the field does whatever its selection, e.g. the rows of a page.</param>
/// <param name="Items">How many times the selection is produced: 1 for an object, the list's bound for a list of objects.</param>
/// <param name="Inner">The scope the selection is priced in.</param>
internal readonly record struct FieldPrice(long Fetch, long Items, CostScope Inner)
{
    public static FieldPrice Single { get; } = new(0, 1, CostScope.None);

    public static FieldPrice List(long items, CostScope inner = default) => new(0, Math.Max(0, items), inner);
}
