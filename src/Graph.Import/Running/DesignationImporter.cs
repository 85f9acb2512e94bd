using Graph.Domain.Store;
using Graph.Import.Ftm;
using Graph.Import.Ofac;
using Graph.Import.Seed;

namespace Graph.Import.Running;

/// <summary>
/// The one way in for every import, shared by the CLI, the GraphQL mutation and the upload endpoint: pick the
/// reader for the format, read, then let <see cref="ImportRunner"/> compare and write in one transaction.
/// </summary>
public sealed class DesignationImporter(IGraphStore store)
{
    /// <summary>Imports a file or folder: for the seed format a folder of YAML files; for OFAC CSV sdn.csv or its folder.</summary>
    public async Task<ImportReport> ImportPathAsync(string path, ImportFormat format, ImportOptions options,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        progress?.Report(new ImportProgress("Reading", 0, 0));
        var parsed = format switch
        {
            ImportFormat.Seed => await SeedAsync(() => SeedImporter.ReadAsync(path, store, cancellationToken)),
            ImportFormat.OfacCsv => ReadOfac(OfacCsvFiles.Open(path), options.Published),
            _ => await ReadFtmFileAsync(path, cancellationToken),
        };
        return await new ImportRunner(store).RunAsync(format, path, parsed, options, progress, cancellationToken);
    }

    /// <summary>Imports one input given as text, named <paramref name="name"/> in reports; OFAC CSV text is sdn.csv alone.</summary>
    public async Task<ImportReport> ImportTextAsync(string name, string content, ImportFormat format, ImportOptions options,
        CancellationToken cancellationToken = default)
    {
        var parsed = format switch
        {
            ImportFormat.Seed => await SeedAsync(() => SeedImporter.ReadTextAsync(name, content, store, cancellationToken)),
            ImportFormat.OfacCsv => ReadOfac(new OfacCsvFiles(new OfacCsvFile(name, new StringReader(content))), options.Published),
            _ => await ReadFtmAsync(name, new StringReader(content), cancellationToken),
        };
        return await new ImportRunner(store).RunAsync(format, name, parsed, options, cancellationToken: cancellationToken);
    }

    /// <summary>Imports OFAC CSV files given as streams by name (sdn.csv, add.csv, alt.csv, sdn_comments.csv), as an upload sends them.</summary>
    public Task<ImportReport> ImportOfacStreamsAsync(IReadOnlyDictionary<string, Stream> files, ImportOptions options, CancellationToken cancellationToken = default)
    {
        OfacCsvFile? File(string name) =>
            files.FirstOrDefault(f => string.Equals(Path.GetFileName(f.Key), name, StringComparison.OrdinalIgnoreCase)) is { Value: { } stream } found
                ? new OfacCsvFile(found.Key, new StreamReader(stream, System.Text.Encoding.Latin1))
                : null;
        var sdn = File("sdn.csv") ?? throw new ImportFailedException([new ImportError("(upload)", 0, "sdn.csv", "an OFAC CSV upload needs a part named sdn.csv.")]);
        var parsed = ReadOfac(new OfacCsvFiles(sdn, File("add.csv"), File("alt.csv"), File("sdn_comments.csv")), options.Published);
        return new ImportRunner(store).RunAsync(ImportFormat.OfacCsv, sdn.Name, parsed, options, cancellationToken: cancellationToken);
    }

    private static ParsedInput ReadOfac(OfacCsvFiles files, DateOnly published)
    {
        using (files) return OfacCsvReader.Read(files, published);
    }

    private static async Task<ParsedInput> ReadFtmAsync(string name, TextReader lines, CancellationToken cancellationToken)
    {
        using (lines) return await FtmReader.ReadAsync(lines, name, cancellationToken);
    }

    /// <summary>A file is read as UTF-8 bytes, in parallel; one in UTF-16, by its byte order mark, is decoded first.</summary>
    private static async Task<ParsedInput> ReadFtmFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        var start = new byte[2];
        var read = await file.ReadAtLeastAsync(start, start.Length, throwOnEndOfStream: false, cancellationToken);
        file.Position = 0;
        if (read == 2 && start is [0xFF, 0xFE] or [0xFE, 0xFF]) return await ReadFtmAsync(path, new StreamReader(file), cancellationToken);
        return await FtmReader.ReadAsync(file, path, cancellationToken);
    }

    /// <summary>The seed reader checks a whole folder at once and throws its errors; here they become rejected records.</summary>
    private static async Task<ParsedInput> SeedAsync(Func<Task<GraphBatch>> read)
    {
        var parsed = new ParsedInput();
        try
        {
            var batch = await read();
            parsed.Entities.AddRange(batch.Entities);
            parsed.Sanctions.AddRange(batch.Sanctions);
            parsed.Relationships.AddRange(batch.Relationships);
        }
        catch (ImportFailedException e)
        {
            parsed.Rejected.AddRange(e.Errors);
        }
        return parsed;
    }
}
