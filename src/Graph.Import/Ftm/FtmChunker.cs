using System.Buffers;

namespace Graph.Import.Ftm;

/// <summary>
/// Cuts a stream of UTF-8 text into <see cref="FtmChunk"/>s of whole lines, about <c>chunkSize</c> bytes each; a
/// line longer than that makes its chunk longer. A byte order mark at the start of the stream is skipped, as a
/// <see cref="StreamReader"/> skips it.
/// </summary>
internal sealed class FtmChunker(Stream input, int chunkSize = FtmChunker.DefaultSize)
{
    public const int DefaultSize = 1 << 20;

    // Room for at least one UTF-8 sequence per read, which a transcoding stream needs.
    private const int MinRead = 4;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(chunkSize, MinRead));
    private int _start;
    private int _filled;
    private int _nextLine = 1;
    private bool _started;
    private bool _ended;

    public async ValueTask<FtmChunk?> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (TryCut(out var chunk)) return chunk;
            if (_ended) return null;
            var room = Room();
            Received(await input.ReadAsync(_buffer.AsMemory(_filled, room), cancellationToken));
        }
    }

    public FtmChunk? Next(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (TryCut(out var chunk)) return chunk;
            if (_ended) return null;
            var room = Room();
            Received(input.Read(_buffer.AsSpan(_filled, room)));
        }
    }

    /// <summary>The free space after what is buffered, made larger first when too little is left: a line outgrows the buffer.</summary>
    private int Room()
    {
        if (_buffer.Length - _filled < MinRead) Move(_buffer.Length * 2);
        return _buffer.Length - _filled;
    }

    private void Received(int read)
    {
        _filled += read;
        _ended = read == 0;
        if (_started || (_filled < 3 && !_ended)) return;
        _started = true;
        if (_buffer.AsSpan(0, _filled).StartsWith("\uFEFF"u8)) _start = 3;
    }

    /// <summary>Hands out the whole lines read so far once a chunk's worth is buffered, or all that is left at the end.</summary>
    private bool TryCut(out FtmChunk? chunk)
    {
        chunk = null;
        var text = _buffer.AsSpan(_start, _filled - _start);
        if (!_ended && (text.Length < chunkSize || !_started)) return false;
        if (text.IsEmpty) return false;
        var cut = CutAfter(text);
        if (cut == 0) return false;
        chunk = new FtmChunk(_buffer, _start, cut, _nextLine);
        _nextLine += Breaks(text[..cut]);
        var rest = text[cut..];
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(Math.Max(chunkSize, MinRead), rest.Length + MinRead));
        rest.CopyTo(_buffer);
        (_start, _filled) = (0, rest.Length);
        return true;
    }

    /// <summary>Where the last complete line ends: after its last "\n", else after a "\r" known not to precede one.</summary>
    private int CutAfter(ReadOnlySpan<byte> text)
    {
        if (_ended) return text.Length;
        var lineFeed = text.LastIndexOf((byte)'\n');
        if (lineFeed >= 0) return lineFeed + 1;
        var carriageReturn = text[..^1].LastIndexOf((byte)'\r');
        return carriageReturn + 1;
    }

    private static int Breaks(ReadOnlySpan<byte> text)
    {
        var breaks = text.Count((byte)'\n');
        for (var i = text.IndexOf((byte)'\r'); i >= 0; i = text.IndexOf((byte)'\r'))
        {
            if (i + 1 == text.Length || text[i + 1] != '\n') breaks++;
            text = text[(i + 1)..];
        }
        return breaks;
    }

    private void Move(int size)
    {
        var bigger = ArrayPool<byte>.Shared.Rent(size);
        _buffer.AsSpan(0, _filled).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
