using Graph.Import;
using Graph.Domain.Matching;
using Graph.Domain.Model;
using Graph.Import.Ofac;
using Graph.Import.Running;
using Graph.Import.Tests.Running;

namespace Graph.Import.Tests.Matching;

/// <summary>
/// The regression slice of the matching benchmark (Fixtures/matching): 300 real entries of OFAC's SDN list of July 2021
/// with their addresses and alt.csv names, cut byte for byte by the benchmarks' <c>match-slice</c> command (vessels, an
/// aircraft, companies with legal forms, Arabic and Slavic names of individuals, others at random), and 200 names no
/// entry of the whole list carries (unlisted.txt). The slice is imported once, through the project's importer, without
/// its alt.csv: the store holds each entry's SDN_Name and the "a.k.a." items of its Remarks, not its other names.
/// </summary>
public sealed class MatchingSlice : IDisposable
{
    private static readonly DateOnly Published = new(2021, 7, 7);
    private readonly TempStore _temp = new();

    public MatchingSlice()
    {
        var parsed = Read(withAlt: false);
        var report = new ImportRunner(_temp.Store).RunAsync(ImportFormats.Named("ofac-csv"), Folder, parsed, new ImportOptions(Published)).GetAwaiter().GetResult();
        if (!report.Succeeded) throw new InvalidOperationException($"The slice did not import: {string.Join("; ", report.Rejected)}");
        Matcher = new EntityMatcher(_temp.Store);
        var stored = parsed.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        AliasQueries = [.. Read(withAlt: true).Entities.SelectMany(e =>
        {
            var held = new HashSet<string>([stored[e.Id].Name, .. stored[e.Id].Aliases], StringComparer.OrdinalIgnoreCase);
            return e.Aliases.Where(a => !held.Contains(a)).Select(a => (a, e.Kind, e.Id));
        })];
        Unlisted = [.. File.ReadAllLines(Path.Combine(Folder, "unlisted.txt")).Select(line => line.Split('\t')).Select(p => (p[1], Enum.Parse<EntityKind>(p[0])))];
    }

    public static string Folder => TempStore.Fixture("matching");

    public EntityMatcher Matcher { get; }

    /// <summary>Every name alt.csv gives an entry that the store does not hold, with the entry's kind and id.</summary>
    public IReadOnlyList<(string Alias, EntityKind Kind, string ExpectedId)> AliasQueries { get; }

    public IReadOnlyList<(string Name, EntityKind Kind)> Unlisted { get; }

    public void Dispose() => _temp.Dispose();

    private static ParsedInput Read(bool withAlt)
    {
        var files = OfacCsvFiles.Open(Folder);
        if (!withAlt)
        {
            files.Alt?.Reader.Dispose();
            files = files with { Alt = null };
        }
        using (files) return OfacCsvReader.Read(files, Published);
    }
}
