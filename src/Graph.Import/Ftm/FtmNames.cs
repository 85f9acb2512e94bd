namespace Graph.Import.Ftm;

/// <summary>How an FtM entity's name and aliases are chosen from its properties.</summary>
internal static class FtmNames
{
    /// <summary>The properties whose values all become the main name or aliases, and so leave the properties.</summary>
    public static readonly string[] NameProperties = ["name", "alias", "weakAlias", "previousName"];

    // When an entity has no name and no caption, the first of these that has a value stands in for it.
    private static readonly string[] Fallbacks = ["alias", "previousName", "weakAlias", "abbreviation", "lastName", "firstName"];

    // Below this many aliases a linear search is cheaper than hashing.
    private const int LinearLimit = 16;

    public static string? MainName(FtmRecord record)
    {
        var name = record.First("name");
        if (name is not null) return name;
        if (!string.IsNullOrWhiteSpace(record.Caption)) return record.Caption;
        foreach (var property in Fallbacks)
        {
            if (record.First(property) is { } value) return value;
        }
        return null;
    }

    /// <summary>Every other name, alias, weak alias and previous name, once each, in the order the line gives them.</summary>
    public static IReadOnlyList<string> Aliases(FtmRecord record, string mainName)
    {
        List<string>? aliases = null;
        HashSet<string>? seen = null;
        foreach (var property in NameProperties)
        {
            var values = record.Values(property);
            for (var i = 0; i < values.Count; i++)
            {
                var value = values[i];
                if (string.IsNullOrWhiteSpace(value) || value == mainName) continue;
                aliases ??= [];
                var repeated = aliases.Count < LinearLimit
                    ? aliases.Contains(value)
                    : !(seen ??= new HashSet<string>(aliases, StringComparer.Ordinal)).Add(value);
                if (!repeated) aliases.Add(value);
            }
        }
        return aliases ?? (IReadOnlyList<string>)[];
    }
}
