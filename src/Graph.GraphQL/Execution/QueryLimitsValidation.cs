using Microsoft.Extensions.Options;

namespace Graph.GraphQL.Execution;

/// <summary>Refuses limits that would switch a bound off or make every request fail, naming the key and the value.</summary>
internal sealed class QueryLimitsValidation : IValidateOptions<QueryLimits>
{
    private const double MaxTimeoutSeconds = 86_400;

    public ValidateOptionsResult Validate(string? name, QueryLimits options)
    {
        string? problem =
            options.MaxCost <= 0 ? $"Limits:MaxCost must be positive, not {options.MaxCost}."
            : !(options.ExecutionTimeoutSeconds is > 0 and <= MaxTimeoutSeconds) ? $"Limits:ExecutionTimeoutSeconds must be more than 0 and at most {MaxTimeoutSeconds}, not {options.ExecutionTimeoutSeconds}."
            : options.MaxResponseObjects <= 0 ? $"Limits:MaxResponseObjects must be positive, not {options.MaxResponseObjects}."
            : options.DocumentCacheBytes <= 0 ? $"Limits:DocumentCacheBytes must be positive, not {options.DocumentCacheBytes}."
            : null;
        return problem is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problem);
    }
}
