using Graph.Domain.Store;
using Graph.Import.Gate;
using Graph.Import.Reading;

namespace Graph.Import.Running;

/// <summary>
/// The one way in for every import, shared by the CLI, the GraphQL mutation, the upload endpoint and start-up
/// seeding: the format's reader reads the source, then <see cref="ImportRunner"/> resolves, compares and writes in one
/// transaction. A parted input (FtM) into an empty store is first tried as a <see cref="StreamedFirstLoad"/>, written
/// as it is read; when it gives way, the input is read again and run as a whole. Every import holds the store's
/// <see cref="ImportGate"/> from before it reads until it has written: a second one is refused with
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
    /// pass the lease to <see cref="ImportAsync(ImportLease, ImportSource, ImportFormat, ImportOptions, IProgress{ImportProgress}?, CancellationToken)"/>. Dispose it when done.
    /// </summary>
    /// <exception cref="ImportInProgressException">Another import into the store is running.</exception>
    public ImportLease Enter() => gate.Enter();

    /// <summary>Imports a source in a format.</summary>
    /// <exception cref="ImportInProgressException">Another import into the store is running.</exception>
    /// <exception cref="ImportFailedException">The source cannot be opened at all (no such file, no sdn.csv in the folder).</exception>
    /// <exception cref="OlderPublicationException">The input is older than the newest publication of its list, and <see cref="ImportOptions.AllowOlder"/> is not set.</exception>
    public async Task<ImportReport> ImportAsync(ImportSource source, ImportFormat format, ImportOptions options,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        using var lease = gate.Enter();
        return await ImportAsync(lease, source, format, options, progress, cancellationToken);
    }

    /// <summary>Imports a source under a gate the caller took with <see cref="Enter"/>.</summary>
    /// <exception cref="ImportFailedException">The source cannot be opened at all (no such file, no sdn.csv in the folder).</exception>
    /// <exception cref="OlderPublicationException">The input is older than the newest publication of its list, and <see cref="ImportOptions.AllowOlder"/> is not set.</exception>
    public async Task<ImportReport> ImportAsync(ImportLease lease, ImportSource source, ImportFormat format, ImportOptions options,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        lease.Require(gate);
        progress?.Report(new ImportProgress("Reading", 0, 0));
        if (format.Reader is IPartedDesignationReader parted && await StreamedFirstLoad.AppliesAsync(store, cancellationToken)
            && await new StreamedFirstLoad(store).TryRunAsync(
                format, source.Name, parted.ReadPartsAsync(source, options.Published, cancellationToken), options.DryRun, progress, cancellationToken) is { } streamed)
        {
            return streamed;
        }
        var parsed = await format.Reader.ReadAsync(source, options.Published, cancellationToken);
        return await new ImportRunner(store).RunAsync(format, source.Name, parsed, options, progress, cancellationToken);
    }
}
