using Graph.GraphQL.Execution;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace Graph.GraphQL.Cost;

/// <summary>
/// Refuses an operation that costs more than the budget, or nests too deeply, before it runs. It runs after the
/// variables and arguments are parsed, on every execution: also on a document taken from the validated-document
/// cache, which skips every other rule, so a document priced with one set of variables is priced again with the next.
/// </summary>
internal sealed class QueryCostRule(GraphBoundsCache bounds, IOptions<QueryLimits> limits) : IValidationRule
{
    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => default;

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public async ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        var maxCost = limits.Value.MaxCost;
        var model = new CostModel(await bounds.GetAsync(context.CancellationToken), IntrospectionSize.Of(context.Schema));
        var calculator = new CostCalculator(context, model);
        var measure = calculator.Measure(context.Operation);
        if (calculator.FragmentsTooDeep) context.ReportError(DepthLimitError.Fragments());
        else if (measure.Depth > GraphQLServiceCollectionExtensions.MaxDepth) context.ReportError(DepthLimitError.Fields(measure.Depth, GraphQLServiceCollectionExtensions.MaxDepth));
        else if (measure.Cost > maxCost) context.ReportError(new CostLimitError(measure.Cost, maxCost));
        else if (CostReport.Of(context.UserContext) is { } report) report.Requested = measure.Cost;
        return null;
    }
}
