using GraphQL.Validation;

namespace Graph.GraphQL.Cost;

/// <summary>The operation costs more than the budget for its actual variables; nothing ran.</summary>
internal sealed class CostLimitError : ValidationError
{
    public const string ErrorCode = "COST_LIMIT_EXCEEDED";

    public CostLimitError(long cost, int maxCost)
        : base($"The query costs {(cost == long.MaxValue ? "more than " + long.MaxValue : cost)}, over the budget of {maxCost}. "
            + "Every field of the answer counts once per item, and lists multiply what they hold: ask for smaller pages (first, limit), fewer nested lists, or split the query.")
    {
        Code = ErrorCode;
        Extensions = new() { ["cost"] = AsInt(cost), ["maxCost"] = maxCost };
    }

    /// <summary>A cost as an int for clients that read it as one: costs beyond that are far over any budget anyway.</summary>
    public static int AsInt(long cost) => (int)Math.Min(cost, int.MaxValue);
}
