namespace Graph.Import.Gate;

/// <summary>The gate held for one import; disposing it lets the next import in.</summary>
public sealed class ImportLease : IDisposable
{
    private readonly ImportGate _gate;
    private readonly IDisposable? _lockFile;
    private int _released;

    internal ImportLease(ImportGate gate, IDisposable? lockFile)
    {
        _gate = gate;
        _lockFile = lockFile;
    }

    /// <summary>Throws unless this lease still holds <paramref name="gate"/>: an import runs only under its own store's gate.</summary>
    internal void Require(ImportGate gate)
    {
        if (!ReferenceEquals(gate, _gate)) throw new ArgumentException("The lease holds another store's import gate.", nameof(gate));
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _released) != 0, this);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0) return;
        _lockFile?.Dispose();
        _gate.Leave();
    }
}
