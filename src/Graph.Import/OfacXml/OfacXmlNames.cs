using System.Xml.Linq;
using static Graph.Import.OfacXml.OfacXmlElements;

namespace Graph.Import.OfacXml;

/// <summary>
/// The names of one entity: the Latin translation of its primary name is its name; every other translation and
/// every other name is an alias. Low-quality names (OFAC's weak aliases) are also kept as <c>weakAlias</c>, and
/// F.K.A. names as <c>previousName</c>.
/// </summary>
internal sealed record OfacXmlNames(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Weak, IReadOnlyList<string> Previous)
{
    private const string Latin = "Latin";
    /// <summary>The alias type of a former name.</summary>
    public const string FormerlyKnownAs = "F.K.A.";

    public static OfacXmlNames? Read(XElement entity, OfacXmlEntryProblems problems)
    {
        string? main = null;
        var others = new List<string>();
        var weak = new List<string>();
        var previous = new List<string>();
        foreach (var name in Items(entity, "names", "name"))
        {
            var aliasType = problems.OptionalCoded(name, "aliasType", "names/name/aliasType");
            var translations = new List<(string FullName, string? Script, bool Primary)>();
            foreach (var translation in Items(name, "translations", "translation"))
            {
                var script = problems.OptionalCoded(translation, "script", "names/name/translations/translation/script");
                if (Text(translation, "formattedFullName") is { } fullName) translations.Add((fullName, script, IsTrue(translation, "isPrimary")));
                else problems.Add(translation, "names/name/translations/translation/formattedFullName", "is missing or empty.");
            }
            if (translations.Count == 0) continue;
            var chosen = main is null && IsTrue(name, "isPrimary") ? Best(translations) : -1;
            for (var i = 0; i < translations.Count; i++)
            {
                var fullName = translations[i].FullName;
                if (i == chosen) main = fullName;
                else others.Add(fullName);
                if (i == chosen) continue;
                if (IsTrue(name, "isLowQuality")) weak.Add(fullName);
                if (aliasType == FormerlyKnownAs) previous.Add(fullName);
            }
        }
        if (main is null)
        {
            problems.Add(Child(entity, "names") ?? entity, "names/name", "no name is marked isPrimary with a translation that has a formattedFullName.");
            return null;
        }
        return Of(main, others, weak, previous);
    }

    /// <summary>The names of an entity, each alias once and never its name again; both XML flavours gather them so.</summary>
    public static OfacXmlNames Of(string name, IEnumerable<string> aliases, IEnumerable<string> weak, IEnumerable<string> previous) =>
        new(name, Distinct(name, aliases), Distinct(name, weak), Distinct(name, previous));

    /// <summary>Marks the weak and previous names among the entity's properties.</summary>
    public void AddTo(Ofac.OfacProperties properties)
    {
        foreach (var name in Weak) properties.Add("weakAlias", name);
        foreach (var name in Previous) properties.Add("previousName", name);
    }

    /// <summary>The translation that gives the name: the primary Latin one, else any Latin one, else the primary one, else the first.</summary>
    private static int Best(List<(string FullName, string? Script, bool Primary)> translations)
    {
        var latin = translations.FindIndex(t => t.Script == Latin && t.Primary);
        if (latin < 0) latin = translations.FindIndex(t => t.Script == Latin);
        if (latin < 0) latin = translations.FindIndex(t => t.Primary);
        return Math.Max(latin, 0);
    }

    private static List<string> Distinct(string name, IEnumerable<string> names)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { name };
        return [.. names.Where(seen.Add)];
    }
}
