using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Graph.GraphQL.Execution;

/// <summary>
/// The parallel strategy GraphQL.NET runs queries with, charging each object of the response to the request's
/// <see cref="ResponseBudget"/>. One look-up and one increment per object, nothing per scalar.
/// </summary>
internal sealed class BudgetedExecutionStrategy : ParallelExecutionStrategy
{
    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        if (parent is not RootExecutionNode) ResponseBudget.Of(context.UserContext)?.Take();
        base.SetSubFieldNodes(context, parent);
    }
}
