using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Hostile;

/// <summary>The hub graph behind a service whose responses may hold at most <see cref="MaxResponseObjects"/> objects.</summary>
public sealed class SmallResponseCapHubGraph() : HubGraphApp(new() { ["Limits:MaxResponseObjects"] = MaxResponseObjects.ToString() })
{
    public const int MaxResponseObjects = 1_000;
}
