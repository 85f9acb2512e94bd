namespace Graph.Import.Eu;

/// <summary>
/// The names of an entry. The main name is the first strong nameAlias written in no language or in English (the EU
/// gives translations of a name, tagged with their language, beside it), else the first strong one, else the first.
/// The other strong names are aliases; weak ones (strong="false") are kept apart as FtM's weakAlias.
/// </summary>
internal sealed record EuNames(EuNode MainAlias, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> WeakAliases)
{
    /// <summary>The wholeName, else its first, middle and last names joined; null when it has none.</summary>
    public static string? WholeName(EuNode alias)
    {
        if (alias.Attribute("wholeName") is { } whole) return whole;
        string?[] parts = [alias.Attribute("firstName"), alias.Attribute("middleName"), alias.Attribute("lastName")];
        var joined = string.Join(' ', parts.OfType<string>());
        return joined.Length > 0 ? joined : null;
    }

    /// <summary>The names of a valid entry (one with at least one name).</summary>
    public static EuNames Of(EuNode entry)
    {
        var named = entry.All("nameAlias").Where(a => WholeName(a) is not null).ToList();
        var strong = named.Where(a => a.Attribute("strong") != "false").ToList();
        var main = strong.FirstOrDefault(a => a.Attribute("nameLanguage") is null or "EN" or "en") ?? strong.FirstOrDefault() ?? named[0];
        var name = WholeName(main)!;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { name };
        var aliases = strong.Select(a => WholeName(a)!).Where(seen.Add).ToList();
        var weak = named.Except(strong).Select(a => WholeName(a)!).Where(seen.Add).ToList();
        return new EuNames(main, name, aliases, weak);
    }
}
