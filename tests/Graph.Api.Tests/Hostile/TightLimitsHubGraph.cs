using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Hostile;

/// <summary>The hub graph behind a service whose budget lets anything start and whose execution timeout is one second.</summary>
public sealed class TightLimitsHubGraph() : HubGraphApp(new()
{
    ["Limits:ExecutionTimeoutSeconds"] = "1",
    ["Limits:MaxCost"] = "1000000000",
    ["Limits:MaxResponseObjects"] = "1000000000",
});
