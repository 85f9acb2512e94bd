using System.Text;

namespace Graph.Import.Ofac;

/// <summary>
/// The files of one OFAC legacy CSV publication: sdn.csv, and the add.csv, alt.csv and sdn_comments.csv that
/// extend its rows. Disposing closes every reader.
/// </summary>
/// <param name="Sdn">sdn.csv, one row per listed party.</param>
/// <param name="Add">add.csv, the addresses.</param>
/// <param name="Alt">alt.csv, the other names.</param>
/// <param name="Comments">sdn_comments.csv, the ends of Remarks that did not fit in sdn.csv.</param>
public sealed record OfacCsvFiles(OfacCsvFile Sdn, OfacCsvFile? Add = null, OfacCsvFile? Alt = null, OfacCsvFile? Comments = null)
    : IDisposable
{
    /// <summary>
    /// Opens sdn.csv from a folder, or from its own path, with the companion files that sit beside it. File names are
    /// matched without regard to case. Throws <see cref="ImportFailedException"/> when there is no sdn.csv.
    /// </summary>
    public static OfacCsvFiles Open(string path)
    {
        var (folder, sdn) = Locate(path);
        var companions = Directory.EnumerateFiles(folder)
            .ToLookup(file => Path.GetFileName(file), StringComparer.OrdinalIgnoreCase);
        var opened = new List<OfacCsvFile>();
        try
        {
            return new OfacCsvFiles(OpenFile(sdn, opened),
                Companion("add.csv"), Companion("alt.csv"), Companion("sdn_comments.csv"));
        }
        catch
        {
            foreach (var file in opened) file.Reader.Dispose();
            throw;
        }

        OfacCsvFile? Companion(string name) =>
            companions[name].Order(StringComparer.Ordinal).FirstOrDefault() is { } found
                ? OpenFile(Path.Combine(folder, Path.GetFileName(found)), opened)
                : null;
    }

    /// <summary>Closes every reader.</summary>
    public void Dispose()
    {
        Sdn.Reader.Dispose();
        Add?.Reader.Dispose();
        Alt?.Reader.Dispose();
        Comments?.Reader.Dispose();
    }

    /// <summary>The folder as the user named it, and the path of sdn.csv within it.</summary>
    private static (string Folder, string Sdn) Locate(string path)
    {
        if (File.Exists(path))
        {
            var folder = Path.GetDirectoryName(path);
            return (string.IsNullOrEmpty(folder) ? "." : folder, path);
        }
        if (Directory.Exists(path))
        {
            var sdn = Directory.EnumerateFiles(path)
                .Where(file => string.Equals(Path.GetFileName(file), "sdn.csv", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .FirstOrDefault();
            if (sdn is not null) return (path, Path.Combine(path, Path.GetFileName(sdn)));
            throw Missing(path, "the folder holds no sdn.csv.");
        }
        throw Missing(path, "no such file or folder; give the path of sdn.csv or of the folder that holds it.");
    }

    private static ImportFailedException Missing(string path, string message) =>
        new([new ImportError(path, 0, "(path)", message)]);

    /// <summary>Latin-1 maps every byte to a character, so a stray non-ASCII byte can never fail the read.</summary>
    private static OfacCsvFile OpenFile(string path, List<OfacCsvFile> opened)
    {
        var file = new OfacCsvFile(path, new StreamReader(path, Encoding.Latin1, detectEncodingFromByteOrderMarks: true));
        opened.Add(file);
        return file;
    }
}
