using System.Text;
using Graph.Domain.Model;
using Graph.Import;
using Graph.Import.Ofac;
using Graph.Import.Running;
using Graph.Storage.Sqlite;

namespace Graph.Benchmarks.Matching;

/// <summary>
/// One OFAC legacy CSV publication read by the project's own importer (<see cref="OfacCsvReader"/>), with or without
/// its alt.csv. Without it, an entity keeps only its SDN_Name and the "a.k.a." items of its Remarks: the store the
/// alias queries are asked against.
/// </summary>
internal static class OfacPublication
{
    /// <summary>OFAC files carry no date; the labelled set's publication is the July 2021 one of <c>../shared/data/ofac</c>.</summary>
    public static readonly DateOnly Published = new(2021, 7, 7);

    /// <summary>The entities of the folder's sdn.csv, read with every companion file, or without alt.csv.</summary>
    public static ParsedInput Read(string folder, bool withAlt)
    {
        if (!Directory.Exists(folder)) throw new ArgumentException($"--ofac: there is no folder '{folder}'.");
        var files = OfacCsvFiles.Open(folder);
        if (!withAlt)
        {
            files.Alt?.Reader.Dispose();
            files = files with { Alt = null };
        }
        using (files)
        {
            var parsed = OfacCsvReader.Read(files, Published);
            if (parsed.Rejected.Count > 0)
            {
                Console.Error.WriteLine($"The importer rejected {parsed.Rejected.Count} rows of '{folder}', first: {parsed.Rejected[0]}");
            }
            return parsed;
        }
    }

    /// <summary>
    /// Imports the folder without alt.csv into a new SQLite store at <paramref name="path"/>, through the same
    /// <see cref="ImportRunner"/> as the CLI; returns the store open.
    /// </summary>
    public static async Task<SqliteGraphStore> ImportWithoutAliasesAsync(string folder, string path)
    {
        if (File.Exists(path)) throw new ArgumentException($"'{path}' exists; the store is built only into a new file, so delete it first.");
        var store = new SqliteGraphStore(path);
        await store.InitializeAsync();
        var report = await new ImportRunner(store).RunAsync(ImportFormats.Named("ofac-csv"), folder, Read(folder, withAlt: false), new ImportOptions(Published, SkipInvalid: true));
        if (!report.Succeeded) throw new ArgumentException($"Importing '{folder}' without alt.csv failed: {(report.Rejected.Count > 0 ? report.Rejected[0] : null)}");
        Console.Error.WriteLine($"Imported {report.Entities.Created:N0} entities of '{folder}' without alt.csv into {path}.");
        return store;
    }

    /// <summary>The display name of a kind in the labels and the tables: Person, Organization, Vessel, Aircraft.</summary>
    public static string TypeOf(EntityKind kind) => kind.ToString();

    /// <summary>Latin-1, as <see cref="OfacCsvFiles"/> reads: every byte is one character and comes back unchanged.</summary>
    public static Encoding Encoding => Encoding.Latin1;
}
