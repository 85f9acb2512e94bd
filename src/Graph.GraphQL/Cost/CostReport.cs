namespace Graph.GraphQL.Cost;

/// <summary>One execution's cost, written by the cost rule during validation and reported in the response's extensions.</summary>
internal sealed class CostReport(int maxCost)
{
    private const string Key = "Graph.GraphQL.Cost";

    public int MaxCost { get; } = maxCost;

    /// <summary>The cost the operation was priced at, once it was; null when it was not priced.</summary>
    public long? Requested { get; set; }

    public void AttachTo(IDictionary<string, object?> userContext) => userContext[Key] = this;

    public static CostReport? Of(IDictionary<string, object?>? userContext) =>
        userContext is not null && userContext.TryGetValue(Key, out var value) ? value as CostReport : null;

    /// <summary>The <c>extensions.cost</c> entry of a response, as Shopify and GitHub report it.</summary>
    public Dictionary<string, object?>? Extension() =>
        Requested is { } requested ? new() { ["requested"] = CostLimitError.AsInt(requested), ["maxCost"] = MaxCost } : null;
}
