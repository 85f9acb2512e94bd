namespace Graph.Api.Matching.Yente;

/// <summary>
/// The algorithm names a yente script may ask for. This service has one matcher: every accepted name runs it, and
/// the answer says so under <c>algorithm</c>, with the name asked for.
/// </summary>
internal static class YenteAlgorithms
{
    /// <summary>The name of this service's matcher.</summary>
    public const string Ours = "graph-matcher";

    /// <summary>What runs when a request names none, as in yente.</summary>
    public const string Default = "best";

    /// <summary>yente's default and best, its previous one, and ours.</summary>
    public static IReadOnlyList<string> Accepted { get; } = [Default, "logic-v2", "logic-v1", Ours];

    public static bool IsAccepted(string name) => Accepted.Contains(name.Trim(), StringComparer.OrdinalIgnoreCase);
}
