namespace Graph.Import.OfacXml;

/// <summary>
/// OFAC's relationship types (reference values of type "RELATIONSHIP TYPE") as this graph's types. OFAC states a
/// relationship on one entity towards its related entity; <c>Reversed</c> says the graph's edge runs the other way,
/// as "Owned or Controlled By" does (the owner is the related entity). Any other label is kept as an "unknown" tie.
/// </summary>
internal static class OfacXmlRelationTypes
{
    private static readonly Dictionary<string, (string Type, bool Reversed)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Providing support to"] = ("support", false),
        ["Acting for or on behalf of"] = ("representation", false),
        ["Owned or Controlled By"] = ("ownership", true),
        ["Owns, controls, or operates"] = ("ownership", false),
        ["Property in the interest of"] = ("ownership", true),
        ["Leader or official of"] = ("membership", false),
        ["Principal Executive Officer"] = ("directorship", false),
        ["Family member of"] = ("family", false),
        ["Associate Of"] = ("associate", false),
        ["playing a significant role in"] = ("associate", false),
    };

    public static (string Type, bool Reversed) Of(string label) => Known.GetValueOrDefault(label, ("unknown", false));
}
