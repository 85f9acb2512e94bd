using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Domain.Matching;

/// <summary>
/// The keys a store indexes entities under so that matching finds candidates without reading every name: the
/// phonetic key of each name token ("t:"), each pair of them in either order ("p:"), which is far rarer, and each
/// identifier ("i:"). Stores keep them exactly as given; when <see cref="Version"/> moves, a store re-indexes.
/// </summary>
public static class MatchKeys
{
    /// <summary>The version of the rules that make keys. A store whose index was built under another re-indexes.</summary>
    public const int Version = 2;

    /// <summary>What a token key weighs in ranking candidates.</summary>
    public const int TokenWeight = 1;

    /// <summary>What a pair key weighs: two tokens of one name agree.</summary>
    public const int PairWeight = 3;

    /// <summary>What an identifier key weighs: one alone is strong evidence.</summary>
    public const int IdentifierWeight = 6;

    /// <summary>The properties whose values identify a party.</summary>
    public static readonly IReadOnlyList<string> IdentifierProperties =
        ["passportNumber", "idNumber", "imoNumber", "registrationNumber", "taxNumber", "innCode", "ogrnCode", "leiCode", "swiftBic", "mmsi", "callSign", "serialNumber", "vatCode"];

    /// <summary>The keys to index an entity under, each once.</summary>
    public static IReadOnlyList<string> OfEntity(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var isPerson = entity.Kind == EntityKind.Person;
        AddNameKeys(keys, NameParts.Of(entity.Name, isPerson));
        foreach (var alias in entity.Aliases) AddNameKeys(keys, NameParts.Of(alias, isPerson));
        foreach (var property in IdentifierProperties)
        {
            foreach (var value in entity.Property(property)) AddIdentifier(keys, value);
        }
        return [.. keys];
    }

    /// <summary>The keys to look a query's candidates up by, with their weights, at most <see cref="MatchCandidateQuery.MaxKeys"/>.</summary>
    public static IReadOnlyList<MatchKey> OfQuery(MatchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var identifier in query.Identifiers.Take(MatchQuery.MaxValues)) AddIdentifier(keys, identifier);
        var isPerson = query.Kind == EntityKind.Person;
        foreach (var name in query.Names())
        {
            var parts = NameParts.Of(name, isPerson);
            AddNameKeys(keys, parts);
            AddCompoundKeys(keys, parts);
        }
        // Identifiers and pairs first: they are the rarest, and what a bound keeps.
        return [.. keys.Select(k => new MatchKey(k, WeightOf(k))).OrderByDescending(k => k.Weight).Take(MatchCandidateQuery.MaxKeys)];
    }

    /// <summary>The key of one name token with this phonetic key.</summary>
    public static string TokenKey(string sound) => "t:" + sound;

    /// <summary>What a key weighs, from its prefix.</summary>
    public static int WeightOf(string key) => key[0] switch { 'i' => IdentifierWeight, 'p' => PairWeight, _ => TokenWeight };

    /// <summary>
    /// An identifier as lists and callers write it differently: letters and digits only, upper case, and a letter
    /// prefix before six digits or more dropped ("IMO 9187629" is 9187629).
    /// </summary>
    public static string NormalizeIdentifier(string value)
    {
        var kept = string.Concat(value.Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant();
        var digits = kept.AsSpan().IndexOfAnyInRange('0', '9');
        return digits > 0 && kept.Length - digits >= 6 && !kept.AsSpan(digits).ContainsAnyExceptInRange('0', '9') ? kept[digits..] : kept;
    }

    private static void AddIdentifier(HashSet<string> keys, string value)
    {
        var normalized = NormalizeIdentifier(value);
        if (normalized.Length >= 4) keys.Add("i:" + normalized);
    }

    /// <summary>
    /// The token keys of neighbouring words written as one, so that a query of "Seif Allah" finds "Seifallah"; an
    /// entity is indexed under its own words only, and the scorer pairs compounds either way.
    /// </summary>
    private static void AddCompoundKeys(HashSet<string> keys, NameParts name)
    {
        for (var i = 0; i + 1 < name.Tokens.Count; i++)
        {
            if (name.Tokens[i].Length > 1 && name.Tokens[i + 1].Length > 1) keys.Add(TokenKey(PhoneticKey.Of(name.Tokens[i] + name.Tokens[i + 1])));
        }
    }

    private static void AddNameKeys(HashSet<string> keys, NameParts name)
    {
        // Initials say too little to find anyone by; they still count when a candidate is scored.
        var sounds = new List<string>(name.Keys.Count);
        for (var i = 0; i < name.Keys.Count; i++)
        {
            if (name.Tokens[i].Length > 1 && !sounds.Contains(name.Keys[i])) sounds.Add(name.Keys[i]);
        }
        foreach (var sound in sounds) keys.Add(TokenKey(sound));
        for (var i = 0; i < sounds.Count; i++)
        {
            for (var j = i + 1; j < sounds.Count; j++)
            {
                var (a, b) = string.CompareOrdinal(sounds[i], sounds[j]) <= 0 ? (sounds[i], sounds[j]) : (sounds[j], sounds[i]);
                keys.Add($"p:{a} {b}");
            }
        }
    }
}
