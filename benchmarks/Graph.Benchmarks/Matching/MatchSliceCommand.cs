using System.Text;
using System.Text.RegularExpressions;
using Graph.Domain.Model;

namespace Graph.Benchmarks.Matching;

/// <summary>
/// <c>match-slice --ofac DIR --labels FILE --out DIR [--seed 10]</c>: cuts the regression slice of the matching tests
/// from an OFAC legacy CSV folder: at most <see cref="MaxEntries"/> entries that alt.csv gives names, chosen to cover
/// vessels, aircraft, companies with legal forms, Arabic and Slavic names of individuals and a random rest. Their rows of
/// sdn.csv, add.csv, alt.csv and sdn_comments.csv are copied byte for byte (CRLF, the closing Ctrl-Z); the first
/// <see cref="UnlistedCount"/> unlisted names of the labelled set go to unlisted.txt.
/// </summary>
internal static partial class MatchSliceCommand
{
    public const int MaxEntries = 300;
    public const int UnlistedCount = 200;
    private static readonly string[] Files = ["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"];

    public static async Task<int> RunAsync(CommandArgs command)
    {
        var folder = command.Required("ofac");
        var labels = await MatchLabel.ReadAllAsync(command.Required("labels"));
        var output = command.Required("out");
        var random = new Random(command.Int("seed", 10, min: 0));
        var entries = LabelEntry.Of(OfacPublication.Read(folder, withAlt: true).Entities, OfacPublication.Read(folder, withAlt: false).Entities)
            .Where(e => e.AltNames.Count > 0).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();

        var chosen = new HashSet<string>(StringComparer.Ordinal);
        void Take(string what, Func<LabelEntry, bool> fits, int count)
        {
            var picked = entries.Where(e => !chosen.Contains(e.Id) && fits(e)).OrderBy(_ => random.Next()).Take(count).ToList();
            chosen.UnionWith(picked.Select(e => e.Id));
            Console.WriteLine($"{what}: {picked.Count}");
        }
        Take("aircraft", e => e.Kind == EntityKind.Aircraft, 5);
        Take("vessels", e => e.Kind == EntityKind.Vessel, 50);
        Take("companies with a legal form", e => e.Kind == EntityKind.Organization && LegalForm().IsMatch(e.Name), 60);
        Take("Arabic names", e => e.Kind == EntityKind.Person && Arabic().IsMatch(e.Name), 60);
        Take("Slavic names", e => e.Kind == EntityKind.Person && Slavic().IsMatch(e.Surname ?? e.Name), 60);
        Take("other individuals", e => e.Kind == EntityKind.Person, 35);
        Take("other organisations", e => e.Kind == EntityKind.Organization, MaxEntries - chosen.Count);

        Directory.CreateDirectory(output);
        var numbers = chosen.Select(id => id["ofac-".Length..]).ToHashSet(StringComparer.Ordinal);
        foreach (var name in Files)
        {
            var source = Path.Combine(folder, name);
            if (!File.Exists(source)) continue;
            var lines = (await File.ReadAllTextAsync(source, OfacPublication.Encoding)).Split("\r\n");
            // Rows start with their entry number; after the last CRLF comes the lone Ctrl-Z, or nothing: kept as it is.
            var rows = lines.SkipLast(1).Where(l => numbers.Contains(l.Split(',', 2)[0])).ToList();
            if (rows.Count == 0) continue;
            await File.WriteAllTextAsync(Path.Combine(output, name), string.Join("\r\n", rows.Append(lines[^1])), OfacPublication.Encoding);
        }
        var unlisted = labels.Where(l => l.Set == MatchLabel.UnlistedSet).Take(UnlistedCount).Select(l => $"{l.Type}\t{l.Query}");
        await File.WriteAllLinesAsync(Path.Combine(output, "unlisted.txt"), unlisted, new UTF8Encoding(false));
        Console.WriteLine($"Wrote {chosen.Count} entries and {UnlistedCount} unlisted names to {output}.");
        return 0;
    }

    [GeneratedRegex(@"\b(LLC|L\.L\.C\.|LTD|LIMITED|OOO|OAO|ZAO|JSC|OJSC|CJSC|PJSC|S\.A\.|S\.A\. DE C\.V\.|CO\.|GMBH|FZE|CORPORATION|INC\.|OBSHCHESTVO|AKTSIONERNOE)", RegexOptions.IgnoreCase)]
    private static partial Regex LegalForm();

    [GeneratedRegex(@"\b(AL|EL)-|\b(ABU|BIN|IBN|ABD|ABDUL|MOHAMMED|MUHAMMAD|MOHAMED|AHMAD|AHMED)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Arabic();

    [GeneratedRegex(@"(OV|EV|OVA|EVA|IN|INA|ENKO|SKIY|SKY|SKI|ICH|UK|YUK)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Slavic();
}
