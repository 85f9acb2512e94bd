using System.Collections.Frozen;

namespace Graph.Import.Ftm;

/// <summary>Which pool, if any, the values of an FtM property are read into.</summary>
internal enum FtmPooling
{
    /// <summary>Names, notes and other free text: rarely repeated, read as they come.</summary>
    None,

    /// <summary>Codes, short labels and dates that repeat on many lines: countries, topics, roles, programmes, birth years.</summary>
    Code,

    /// <summary>References to other entities by id: pooled, so the edges and sanctions that name one entity share its id string.</summary>
    Id,
}

internal static class FtmValuePools
{
    private static readonly FrozenDictionary<string, FtmPooling> ByProperty = Build();

    public static FtmPooling Of(string property) => ByProperty.GetValueOrDefault(property);

    private static FrozenDictionary<string, FtmPooling> Build()
    {
        var pooling = new Dictionary<string, FtmPooling>(StringComparer.Ordinal);
        foreach (var code in (string[])["country", "nationality", "citizenship", "jurisdiction", "mainCountry", "topics", "gender",
                     "currency", "program", "programId", "authority", "provisions", "publisher", "status", "legalForm", "role",
                     "relationship", "flag", "type", "sector", "createdAt", "modifiedAt", "percentage",
                     // Dates repeat too: a birth year, or one of the few thousand days of a list's publications.
                     "birthDate", "deathDate", "incorporationDate", "dissolutionDate", "date", "startDate", "endDate", "listingDate"])
        {
            pooling[code] = FtmPooling.Code;
        }
        foreach (var edge in FtmSchemata.Edges.Values)
        {
            pooling[edge.From] = FtmPooling.Id;
            pooling[edge.To] = FtmPooling.Id;
        }
        foreach (var reference in (string[])["entity", "involved", "organizer", "addressEntity"]) pooling[reference] = FtmPooling.Id;
        return pooling.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
