namespace Graph.Domain.Store;

/// <summary>How much a store holds.</summary>
public sealed record GraphStatistics(long Entities, long Sanctions, long Relationships)
{
    /// <summary>True when the store holds nothing at all.</summary>
    public bool IsEmpty => Entities == 0 && Sanctions == 0 && Relationships == 0;
}
