using System.Xml.Linq;
using Graph.Import.OfacXml;
using static Graph.Import.OfacAdvancedXml.OfacAdvancedElements;

namespace Graph.Import.OfacAdvancedXml;

/// <summary>
/// The names of one Identity. Each Alias holds a DocumentedName per script, made of name parts whose type its
/// NamePartGroups give; a name is written as OFAC's other files write it: "LAST, First Middle" when it has a last name,
/// else its parts in order. The Latin name of the primary alias is the entity's name; every other one is an alias,
/// low-quality ones also weak aliases and F.K.A. ones previous names, as the Enhanced reader has them.
/// </summary>
internal static class OfacAdvancedNames
{
    private const string LastName = "Last Name";
    private const string Latin = "Latin";
    private const string Field = "Identity/Alias";

    public static OfacXmlNames? Read(XElement identity, OfacAdvancedProblems problems)
    {
        var partTypes = new Dictionary<int, string?>();
        foreach (var group in Items(identity, "NamePartGroups", "MasterNamePartGroup").SelectMany(m => Children(m, "NamePartGroup")))
        {
            if (Number(group, "ID") is { } id) partTypes[id] = problems.Value(group, "NamePartTypeID", "NamePartType", "Identity/NamePartGroups/MasterNamePartGroup/NamePartGroup/@NamePartTypeID");
        }
        string? main = null;
        var (others, weak, previous) = (new List<string>(), new List<string>(), new List<string>());
        foreach (var alias in Children(identity, "Alias"))
        {
            var aliasType = problems.Value(alias, "AliasTypeID", "AliasType", $"{Field}/@AliasTypeID");
            var names = Children(alias, "DocumentedName").Select(n => Written(n, partTypes, problems)).OfType<(string Name, string? Script)>().ToList();
            var chosen = main is null && IsTrue(alias, "Primary") ? Math.Max(names.FindIndex(n => n.Script == Latin), 0) : -1;
            for (var i = 0; i < names.Count; i++)
            {
                if (i == chosen)
                {
                    main = names[i].Name;
                    continue;
                }
                others.Add(names[i].Name);
                if (IsTrue(alias, "LowQuality")) weak.Add(names[i].Name);
                if (aliasType == OfacXmlNames.FormerlyKnownAs) previous.Add(names[i].Name);
            }
        }
        if (main is not null) return OfacXmlNames.Of(main, others, weak, previous);
        problems.Add(identity, Field, "no Alias is marked Primary with a DocumentedName that has a NamePartValue.");
        return null;
    }

    /// <summary>One DocumentedName as written, with the script of its parts; null when it has no part.</summary>
    private static (string Name, string? Script)? Written(XElement name, Dictionary<int, string?> partTypes, OfacAdvancedProblems problems)
    {
        var last = new List<string>();
        var rest = new List<string>();
        string? script = null;
        foreach (var value in Children(name, "DocumentedNamePart").SelectMany(p => Children(p, "NamePartValue")))
        {
            var text = value.Value.Trim();
            if (text.Length == 0) continue;
            script ??= problems.OptionalValue(value, "ScriptID", "Script", $"{Field}/DocumentedName/DocumentedNamePart/NamePartValue/@ScriptID");
            var group = Number(value, "NamePartGroupID");
            var type = group is { } id ? partTypes.GetValueOrDefault(id) : null;
            (type == LastName ? last : rest).Add(text);
        }
        if (last.Count + rest.Count == 0) return null;
        var written = last.Count > 0 && rest.Count > 0 ? $"{string.Join(' ', last)}, {string.Join(' ', rest)}" : string.Join(' ', [.. last, .. rest]);
        return (written, script);
    }
}
