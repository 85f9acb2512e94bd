namespace Graph.GraphQL.Cost;

/// <summary>The cost of a selection and the depth of its deepest field.</summary>
internal readonly record struct CostMeasure(long Cost, int Depth)
{
    public static CostMeasure Zero { get; } = new(0, 0);

    /// <summary>Sibling selections: their costs add up, the deeper one sets the depth.</summary>
    public CostMeasure And(CostMeasure sibling) => new(Saturating.Add(Cost, sibling.Cost), Math.Max(Depth, sibling.Depth));
}
