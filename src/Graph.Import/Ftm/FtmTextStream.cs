using System.Text;

namespace Graph.Import.Ftm;

/// <summary>
/// The text of a <see cref="TextReader"/> as a read-only stream of UTF-8 bytes, so that text already decoded takes
/// the same way through the reader as a file does. Unpaired surrogates become U+FFFD, as decoding a file makes of
/// invalid bytes. Disposing the stream leaves the reader to its owner.
/// </summary>
internal sealed class FtmTextStream(TextReader reader) : Stream
{
    private readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();
    private readonly char[] _chars = new char[16 * 1024];
    private int _charStart;
    private int _charEnd;
    private bool _ended;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Fills up to <paramref name="buffer"/>'s length; it must hold at least four bytes, one UTF-8 sequence.</summary>
    public override int Read(Span<byte> buffer)
    {
        while (true)
        {
            if (_charStart == _charEnd && !_ended)
            {
                (_charStart, _charEnd) = (0, reader.Read(_chars));
                _ended = _charEnd == 0;
            }
            _encoder.Convert(_chars.AsSpan(_charStart, _charEnd - _charStart), buffer, _ended, out var used, out var written, out _);
            _charStart += used;
            if (written > 0 || _ended) return written;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(buffer.Span));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() { }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
