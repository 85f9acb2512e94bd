using Graph.GraphQL.Execution;
using GraphQL.Execution;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace Graph.GraphQL.Cost;

/// <summary>
/// Refuses an operation that costs more than the budget, or nests too deeply, before it runs. It prices the operation
/// after its variables and arguments are parsed, on every execution: also on a document taken from the
/// validated-document cache, which skips validation, so a document priced with one set of variables is priced again
/// with the next. Throwing here, before execution begins, leaves the result unexecuted with this one error.
/// </summary>
internal sealed class QueryCostCheck(GraphBoundsCache bounds, IOptions<QueryLimits> limits) : DocumentExecutionListenerBase
{
    public override async Task AfterValidationAsync(IExecutionContext context, IValidationResult validationResult)
    {
        if (!validationResult.IsValid) return;
        var maxCost = limits.Value.MaxCost;
        var model = new CostModel(await bounds.GetAsync(context.CancellationToken), IntrospectionSize.Of(context.Schema));
        var calculator = new CostCalculator(context.Schema, context.Document, context.ArgumentValues, model);
        var measure = calculator.Measure(context.Operation);
        if (calculator.FragmentsTooDeep) throw DepthLimitError.Fragments();
        if (measure.Depth > GraphQLServiceCollectionExtensions.MaxDepth) throw DepthLimitError.Fields(measure.Depth, GraphQLServiceCollectionExtensions.MaxDepth);
        if (measure.Cost > maxCost) throw new CostLimitError(measure.Cost, maxCost);
        if (CostReport.Of(context.UserContext) is { } report) report.Requested = measure.Cost;
    }
}
