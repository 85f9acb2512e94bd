namespace Graph.Import.Eu;

/// <summary>
/// Countries as the EU writes them: an ISO code (countryIso2Code="IQ", "00" when unknown) and a description
/// ("IRAQ", "UNKNOWN"). The graph keeps countries as lowercase ISO codes where there is one.
/// </summary>
internal static class EuCountries
{
    /// <summary>"iq" for IQ, else the description; null when the country is unknown.</summary>
    public static string? Code(EuNode node) =>
        node.Attribute("countryIso2Code") is { Length: 2 } code && code != "00" && code.All(char.IsAsciiLetter)
            ? code.ToLowerInvariant()
            : Description(node);

    /// <summary>The description, e.g. "IRAQ"; null when it is missing or "UNKNOWN".</summary>
    public static string? Description(EuNode node) =>
        node.Attribute("countryDescription") is { } description && !description.Equals("UNKNOWN", StringComparison.OrdinalIgnoreCase)
            ? description
            : null;
}
