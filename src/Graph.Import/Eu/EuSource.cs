using Graph.Domain.Model;

namespace Graph.Import.Eu;

/// <summary>The EU's consolidated list of financial sanctions as the source of every fact the EU reader makes.</summary>
internal static class EuSource
{
    public const string Dataset = "eu_fsf";
    public const string AuthorityId = "eu";
    public const string AuthorityName = "European Union";

    private const string Title = "EU Financial Sanctions Files (FSF): consolidated list of persons, groups and entities subject to EU financial sanctions";
    private const string Publisher = "European Commission";
    private const string Url = "https://webgate.ec.europa.eu/fsd/fsf";

    /// <summary>The list as published on <paramref name="published"/>, quoting the entry by its ids.</summary>
    public static Source List(EuNode entry, DateOnly published)
    {
        var quote = $"sanctionEntity logicalId=\"{entry.Attribute("logicalId")}\"";
        if (entry.Attribute("euReferenceNumber") is { } reference) quote += $" euReferenceNumber=\"{reference}\"";
        return new Source(Title, Url, Publisher, PartialDate.FromDate(published), quote);
    }

    /// <summary>
    /// The act of the Official Journal a regulation element cites, e.g. "Council amendment 2022/332 (OJ L53)", or
    /// null when it gives no URL to cite.
    /// </summary>
    public static Source? Regulation(EuNode regulation)
    {
        if (regulation.TextOf("publicationUrl") is not { } url) return null;
        string?[] words = [regulation.Attribute("regulationType"), regulation.Attribute("numberTitle")];
        var title = string.Join(' ', words.OfType<string>());
        var publisher = regulation.Attribute("organisationType")?.ToLowerInvariant() switch
        {
            "council" => "Council of the European Union",
            "commission" => "European Commission",
            _ => AuthorityName,
        };
        var published = EuDates.Day(regulation.Attribute("publicationDate"));
        return new Source(title.Length > 0 ? title : "EU legal act", url, publisher, published, null);
    }
}
