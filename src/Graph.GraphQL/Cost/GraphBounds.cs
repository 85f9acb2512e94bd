namespace Graph.GraphQL.Cost;

/// <summary>What the store's contents bound, for pricing the lists that hang off one entity.</summary>
/// <param name="MaxDegree">At least the most relationships touching any one entity, in both directions.</param>
/// <param name="MaxSanctions">At least the most sanctions one entity's <c>sanctions</c> field may list, same_as links included.</param>
internal sealed record GraphBounds(long MaxDegree, long MaxSanctions);
