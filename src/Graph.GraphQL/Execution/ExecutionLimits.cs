using Graph.GraphQL.Cost;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Options;

namespace Graph.GraphQL.Execution;

/// <summary>
/// Bounds every execution: the cost check on every document, cached or not; a timeout that cancels the token every
/// resolver, data loader and store call receives; and the cap on the objects of a response. A client that goes away
/// still cancels the execution as before, and that cancellation is not turned into an error.
/// </summary>
internal sealed class ExecutionLimits(QueryCostCheck costCheck, IOptions<QueryLimits> options) : IConfigureExecution
{
    /// <summary>Before the validated-document cache, so that the timeout covers parsing and validation too.</summary>
    public float SortOrder => 50;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions execution, ExecutionDelegate next)
    {
        var limits = options.Value;
        execution.Listeners.Add(costCheck);

        var caller = execution.CancellationToken;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(caller);
        var budget = new ResponseBudget(limits.MaxResponseObjects, stop);
        var cost = new CostReport(limits.MaxCost);
        budget.AttachTo(execution.UserContext);
        cost.AttachTo(execution.UserContext);
        execution.CancellationToken = stop.Token;
        stop.CancelAfter(limits.ExecutionTimeout);
        try
        {
            var result = await next(execution);
            if (budget.Exceeded) return TooLarge(budget);
            if (stop.IsCancellationRequested && !caller.IsCancellationRequested && result.Errors is { Count: > 0 }) return TimedOut(limits);
            if (result.Executed && cost.Extension() is { } extension) (result.Extensions ??= [])["cost"] = extension;
            return result;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !caller.IsCancellationRequested)
        {
            return budget.Exceeded ? TooLarge(budget) : TimedOut(limits);
        }
        finally
        {
            execution.CancellationToken = caller;
        }
    }

    /// <summary>Executed, but with no data: what was produced would have been the too-large answer.</summary>
    private static ExecutionResult TooLarge(ResponseBudget budget) => new(GraphErrors.TooLarge(budget.MaxObjects)) { Executed = true, Data = null };

    private static ExecutionResult TimedOut(QueryLimits limits) => new(GraphErrors.TimedOut(limits.ExecutionTimeout));
}
