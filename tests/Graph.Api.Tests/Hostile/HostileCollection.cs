namespace Graph.Api.Tests.Hostile;

/// <summary>
/// The attack tests run one at a time and alone: they measure time and memory, and the server runs in this process,
/// so nothing else may run beside them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostileCollection
{
    public const string Name = "Hostile input";
}
