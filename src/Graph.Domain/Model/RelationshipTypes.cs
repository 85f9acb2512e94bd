namespace Graph.Domain.Model;

/// <summary>The relationship types the graph knows, after the FollowTheMoney interval schemata.</summary>
public static class RelationshipTypes
{
    /// <summary>Each type with the meaning of its direction.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        ["membership"] = "member → organisation",
        ["directorship"] = "director → organisation",
        ["ownership"] = "owner → asset",
        ["employment"] = "employee → employer",
        ["family"] = "person → relative; the role names the tie",
        ["associate"] = "person or organisation → associate",
        ["occupancy"] = "holder → position",
        ["involvement"] = "participant → event; the role says how",
        ["support"] = "supporter or facilitator → the one supported",
        ["subsidiary"] = "part → parent body",
        ["operation"] = "organisation → country or region where it operates",
        ["opposition"] = "opponent → the one opposed",
        ["payment"] = "payer → beneficiary",
        ["representation"] = "agent → client",
        ["unknown"] = "a tie the source states without saying what it is",
        [SameAs] = "an entity of one source → the same real-world entity in another source",
        [NotSameAs] = "an entity of one source → an entity of another that a reviewer ruled a different party",
    };

    /// <summary>The explicit identity link between entities of different sources; never made silently.</summary>
    public const string SameAs = "same_as";

    /// <summary>A reviewer's ruling that two look-alike entities are different parties, so that matching stops proposing them as one.</summary>
    public const string NotSameAs = "not_same_as";

    /// <summary>True for a type in <see cref="All"/>.</summary>
    public static bool IsKnown(string type) => All.ContainsKey(type);
}
