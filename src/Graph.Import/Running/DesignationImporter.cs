using Graph.Domain.Store;
using Graph.Import.Ftm;
using Graph.Import.Gate;
using Graph.Import.Ofac;
using Graph.Import.Seed;

namespace Graph.Import.Running;

/// <summary>
/// The one way in for every import, shared by the CLI, the GraphQL mutation and the upload endpoint: pick the
/// reader for the format, read, then let <see cref="ImportRunner"/> compare and write in one transaction. Every import
/// holds the store's <see cref="ImportGate"/> from before it reads until it has written: a second one is refused with
/// <see cref="ImportInProgressException"/>, so the result is always that of a serial application.
/// </summary>
public sealed class DesignationImporter(IGraphStore store, ImportGate gate)
{
    /// <summary>An importer with a gate of its own, for a caller that is the only one importing into the store (tests, tools).</summary>
    public DesignationImporter(IGraphStore store) : this(store, new ImportGate())
    {
    }

    /// <summary>
    /// Takes the gate ahead of the work, for a caller that must do something first under it, such as receiving an upload;
    /// pass the lease to the import methods. Dispose it when done.
    /// </summary>
    /// <exception cref="ImportInProgressException">Another import into the store is running.</exception>
    public ImportLease Enter() => gate.Enter();

    /// <summary>Imports a file or folder: for the seed format a folder of YAML files; for OFAC CSV sdn.csv or its folder.</summary>
    /// <exception cref="ImportInProgressException">Another import into the store is running.</exception>
    /// <exception cref="OlderPublicationException">The input is older than the newest publication of its list, and <see cref="ImportOptions.AllowOlder"/> is not set.</exception>
    public async Task<ImportReport> ImportPathAsync(string path, ImportFormat format, ImportOptions options,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        using var lease = gate.Enter();
        return await ImportPathAsync(lease, path, format, options, progress, cancellationToken);
    }

    /// <summary>Imports a file or folder under a gate the caller took with <see cref="Enter"/>.</summary>
    /// <exception cref="OlderPublicationException">The input is older than the newest publication of its list, and <see cref="ImportOptions.AllowOlder"/> is not set.</exception>
    public async Task<ImportReport> ImportPathAsync(ImportLease lease, string path, ImportFormat format, ImportOptions options,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        lease.Require(gate);
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
    /// <exception cref="ImportInProgressException">Another import into the store is running.</exception>
    /// <exception cref="OlderPublicationException">The input is older than the newest publication of its list, and <see cref="ImportOptions.AllowOlder"/> is not set.</exception>
    public async Task<ImportReport> ImportTextAsync(string name, string content, ImportFormat format, ImportOptions options,
        CancellationToken cancellationToken = default)
    {
        using var lease = gate.Enter();
        var parsed = format switch
        {
            ImportFormat.Seed => await SeedAsync(() => SeedImporter.ReadTextAsync(name, content, store, cancellationToken)),
            ImportFormat.OfacCsv => ReadOfac(new OfacCsvFiles(new OfacCsvFile(name, new StringReader(content))), options.Published),
            _ => await ReadFtmAsync(name, new StringReader(content), cancellationToken),
        };
        return await new ImportRunner(store).RunAsync(format, name, parsed, options, cancellationToken: cancellationToken);
    }

    private static ParsedInput ReadOfac(OfacCsvFiles files, DateOnly published)
    {
        using (files) return OfacCsvReader.Read(files, published);
    }

    private static async Task<ParsedInput> ReadFtmAsync(string name, TextReader lines, CancellationToken cancellationToken)
    {
        using (lines) return await FtmReader.ReadAsync(lines, name, cancellationToken);
    }

    /// <summary>A file is read as UTF-8 bytes, in parallel; one in UTF-16, by its byte order mark, is read as text first.</summary>
    private static async Task<ParsedInput> ReadFtmFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        var start = new byte[2];
        var read = await file.ReadAtLeastAsync(start, start.Length, throwOnEndOfStream: false, cancellationToken);
        file.Position = 0;
        if (read == 2 && start is [0xFF, 0xFE] or [0xFE, 0xFF]) return await ReadFtmAsync(path, new StringReader(await FtmUtf16File.ReadAsync(file, cancellationToken)), cancellationToken);
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
