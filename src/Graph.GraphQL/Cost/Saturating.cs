namespace Graph.GraphQL.Cost;

/// <summary>
/// Cost arithmetic that saturates at <see cref="long.MaxValue"/> instead of overflowing: fifteen nested lists of a
/// few hundred items each are far beyond any budget, and must stay so rather than wrap around to a small number.
/// </summary>
internal static class Saturating
{
    public static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    public static long Multiply(long a, long b) =>
        a == 0 || b == 0 ? 0 : a > long.MaxValue / b ? long.MaxValue : a * b;
}
