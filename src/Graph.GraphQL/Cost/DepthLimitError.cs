using GraphQL.Validation;

namespace Graph.GraphQL.Cost;

/// <summary>The operation nests fields, or fragments, deeper than allowed; nothing ran.</summary>
internal sealed class DepthLimitError : ValidationError
{
    public const string ErrorCode = "DEPTH_LIMIT_EXCEEDED";

    public DepthLimitError(string message) : base(message) => Code = ErrorCode;

    public static DepthLimitError Fields(int depth, int maxDepth) =>
        new($"The query nests fields {depth} levels deep; at most {maxDepth} are allowed.");

    public static DepthLimitError Fragments() =>
        new($"The query's fragments spread one another more than {CostCalculator.MaxFragmentNesting} levels deep.");
}
