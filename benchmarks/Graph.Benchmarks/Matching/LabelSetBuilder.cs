using System.Globalization;
using Graph.Domain.Model;

namespace Graph.Benchmarks.Matching;

/// <summary>
/// Builds the labelled set from the entries of one OFAC publication; every random choice comes from one seed, so the
/// same files and seed give the same set.
/// <list type="number">
/// <item>Alias queries: every name alt.csv gives an entry (aka, fka, nka) that its SDN_Name and Remarks do not already
/// hold, with the entry's kind; the expected answer is the entry's id.</item>
/// <item>Unlisted names: a given name of one individual with the surname of another, kept only when no entry carries
/// both (comparing Soundex codes of every word of every name, alt.csv's included), plus <see cref="CommonNames"/>
/// under the same check.</item>
/// <item>Look-alikes: an entry's primary name as the query, with another entry of the same kind that shares a
/// surname word (individuals) or a distinctive word (others), or a Soundex code; the entry itself is expected first.</item>
/// <item>Name pairs: every alias with its entry's primary name (positives), and as many look-alike pairs of two
/// different entries (negatives), kind by kind.</item>
/// </list>
/// </summary>
internal sealed class LabelSetBuilder
{
    private readonly List<LabelEntry> _entries;
    private readonly Random _random;
    private readonly HashSet<string>[] _codes;
    private readonly Dictionary<string, List<int>> _byCode = new(StringComparer.Ordinal);

    public LabelSetBuilder(List<LabelEntry> entries, int seed)
    {
        _entries = [.. entries.OrderBy(e => e.Id, StringComparer.Ordinal)];
        _random = new Random(seed);
        _codes = [.. _entries.Select(e => e.AllNames.SelectMany(LabelTokens.Words).Select(LabelTokens.Soundex).ToHashSet(StringComparer.Ordinal))];
        for (var i = 0; i < _entries.Count; i++)
        {
            foreach (var code in _codes[i]) (_byCode.TryGetValue(code, out var list) ? list : _byCode[code] = []).Add(i);
        }
    }

    public IEnumerable<MatchLabel> Aliases() => _entries.SelectMany(e => e.AltNames.Select(alias => new MatchLabel
    {
        Set = MatchLabel.AliasSet, Type = e.Type, Query = alias, Expected = e.Id, ExpectedName = e.Name, Origin = "alt.csv",
    }));

    /// <summary>Up to <paramref name="recombined"/> recombined names of individuals, then the common names no entry carries.</summary>
    public IEnumerable<MatchLabel> Unlisted(int recombined)
    {
        var people = _entries.Where(e => e.Surname is not null && e.Given is not null).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var made = 0;
        for (var attempt = 0; made < recombined && attempt < recombined * 20; attempt++)
        {
            var givenOf = people[_random.Next(people.Count)];
            var surnameOf = people[_random.Next(people.Count)];
            var given = LabelTokens.Distinctive(givenOf.Given!).FirstOrDefault();
            var surname = LabelTokens.Distinctive(surnameOf.Surname!).ToList();
            if (given is null || surname.Count == 0 || ReferenceEquals(givenOf, surnameOf)) continue;
            var name = TitleCase($"{given} {string.Join(' ', surname)}");
            if (Carried(name) || !seen.Add(LabelTokens.SortedKey(name))) continue;
            made++;
            yield return new MatchLabel { Set = MatchLabel.UnlistedSet, Type = "Person", Query = name, Origin = "recombined" };
        }
        foreach (var (names, type) in new[] { (CommonNames.People, "Person"), (CommonNames.Organizations, "Organization") })
        {
            foreach (var name in names.Where(n => !Carried(n)))
            {
                yield return new MatchLabel { Set = MatchLabel.UnlistedSet, Type = type, Query = name, Origin = "common" };
            }
        }
    }

    /// <summary>Up to <paramref name="perKind"/> look-alike queries of each kind.</summary>
    public IEnumerable<MatchLabel> LookAlikes(int perKind) =>
        Kinds().SelectMany(kind => LookAlikePairs(kind, perKind)).Select(p => new MatchLabel
        {
            Set = MatchLabel.LookAlikeSet, Type = p.Entry.Type, Query = p.Entry.Name, Expected = p.Entry.Id, ExpectedName = p.Entry.Name,
            Candidate = p.Other.Name, CandidateId = p.Other.Id, Origin = p.Shared,
        });

    /// <summary>Each alias with its primary name, and for each kind as many pairs of look-alike entries.</summary>
    public IEnumerable<MatchLabel> Pairs()
    {
        var positives = Aliases().Select(a => a with { Set = MatchLabel.PairSet, Candidate = a.ExpectedName, CandidateId = a.Expected, Same = true, ExpectedName = null }).ToList();
        var negatives = positives.GroupBy(p => p.Type).SelectMany(group =>
            LookAlikePairs(Enum.Parse<EntityKind>(group.Key), group.Count()).Select(p => new MatchLabel
            {
                Set = MatchLabel.PairSet, Type = group.Key, Query = p.Entry.Name, Expected = p.Entry.Id,
                Candidate = p.Other.Name, CandidateId = p.Other.Id, Same = false, Origin = p.Shared,
            })).ToList();
        return positives.Concat(negatives);
    }

    private IEnumerable<EntityKind> Kinds() => _entries.Select(e => e.Kind).Distinct().Order();

    /// <summary>
    /// Pairs of two entries of one kind that share a distinctive word (of the surname, for individuals) or a Soundex
    /// code of one, and whose names are not the same words: each unordered pair once.
    /// </summary>
    private List<(LabelEntry Entry, LabelEntry Other, string Shared)> LookAlikePairs(EntityKind kind, int count)
    {
        var pool = _entries.Where(e => e.Kind == kind).ToList();
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < pool.Count; i++)
        {
            var words = LabelTokens.Distinctive(pool[i].Surname ?? pool[i].Name).ToList();
            foreach (var key in words.Select(w => $"word:{w}").Concat(words.Select(w => $"soundex:{LabelTokens.Soundex(w)}")).Distinct())
            {
                (byKey.TryGetValue(key, out var list) ? list : byKey[key] = []).Add(i);
            }
        }
        var pairs = new List<(LabelEntry, LabelEntry, string)>();
        var seen = new HashSet<(int, int)>();
        for (var attempt = 0; pairs.Count < count && attempt < count * 50 && pool.Count > 1; attempt++)
        {
            var a = _random.Next(pool.Count);
            var words = LabelTokens.Distinctive(pool[a].Surname ?? pool[a].Name).ToList();
            if (words.Count == 0) continue;
            var word = words[_random.Next(words.Count)];
            var key = _random.Next(2) == 0 ? $"word:{word}" : $"soundex:{LabelTokens.Soundex(word)}";
            var bucket = byKey[key];
            if (bucket.Count < 2) continue;
            var b = bucket[_random.Next(bucket.Count)];
            if (a == b || !seen.Add((Math.Min(a, b), Math.Max(a, b))) || ShareAName(pool[a], pool[b])) continue;
            pairs.Add((pool[a], pool[b], key));
        }
        return pairs;
    }

    /// <summary>Whether two entries carry a name of the same words: then no name can tell them apart.</summary>
    private static bool ShareAName(LabelEntry a, LabelEntry b)
    {
        var keys = a.AllNames.Select(LabelTokens.SortedKey).ToHashSet(StringComparer.Ordinal);
        return b.AllNames.Any(n => keys.Contains(LabelTokens.SortedKey(n)));
    }

    /// <summary>Whether some entry carries every word of the name, by Soundex code, across all of its names.</summary>
    private bool Carried(string name)
    {
        var codes = LabelTokens.Distinctive(name).Select(LabelTokens.Soundex).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count == 0) return true;
        if (codes.Any(c => !_byCode.ContainsKey(c))) return false;
        var rarest = codes.MinBy(c => _byCode[c].Count)!;
        return _byCode[rarest].Any(i => codes.All(_codes[i].Contains));
    }

    private static string TitleCase(string text) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.ToLowerInvariant());
}
