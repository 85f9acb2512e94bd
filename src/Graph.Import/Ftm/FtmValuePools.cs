using System.Collections.Frozen;

namespace Graph.Import.Ftm;

/// <summary>Which pool, if any, the values of an FtM property are read into.</summary>
internal enum FtmPooling
{
    /// <summary>
    /// Names, notes, other free text and references to other entities by id, read as they come. Ids were pooled once,
    /// so that the edges naming one entity shared its string, but in a graph of three relationships per entity each
    /// parser's pool grew to a million ids, and looking them up cost a quarter of the reading (docs/benchmarks.md,
    /// imports at scale).
    /// </summary>
    None,

    /// <summary>Codes, short labels and dates that repeat on many lines: countries, topics, roles, programmes, birth years.</summary>
    Code,
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
        return pooling.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
