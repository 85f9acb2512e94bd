using System.Text.Unicode;

namespace Graph.Import.Ftm;

/// <summary>
/// The text of a <see cref="TextReader"/> as a read-only stream of UTF-8 bytes, so that text already decoded takes
/// the same way through the reader as a file does. An unpaired surrogate, which no UTF-8 can encode, becomes the byte
/// 0xFF, which no UTF-8 holds: its line is then rejected as a file's invalid bytes are, where U+FFFD would have been
/// written silently. Disposing the stream leaves the reader to its owner.
/// </summary>
internal sealed class FtmTextStream(TextReader reader) : Stream
{
    private const byte Invalid = 0xFF;
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
            var pending = _chars.AsSpan(_charStart, _charEnd - _charStart);
            var (valid, lone) = Split(pending);
            if (valid == 0 && !lone)
            {
                // Nothing whole to hand out: the buffer is empty, or ends in half a pair whose other half is still to come.
                if (_ended) return 0;
                Refill();
                continue;
            }
            Utf8.FromUtf16(pending[..valid], buffer, out var used, out var written, replaceInvalidSequences: false);
            _charStart += used;
            if (used == valid && lone && written < buffer.Length)
            {
                buffer[written++] = Invalid;
                _charStart++;
            }
            return written;
        }
    }

    /// <summary>How many leading chars are whole UTF-16, and whether a lone surrogate follows them.</summary>
    private (int Valid, bool Lone) Split(ReadOnlySpan<char> chars)
    {
        var at = 0;
        while (true)
        {
            var next = chars[at..].IndexOfAnyInRange('\uD800', '\uDFFF');
            if (next < 0) return (chars.Length, false);
            at += next;
            if (char.IsHighSurrogate(chars[at]) && at + 1 < chars.Length && char.IsLowSurrogate(chars[at + 1]))
            {
                at += 2;
                continue;
            }
            // A high surrogate at the end of what was read may have its pair in the next read.
            var incomplete = char.IsHighSurrogate(chars[at]) && at + 1 == chars.Length && !_ended;
            return (at, !incomplete);
        }
    }

    /// <summary>Keeps what is left (at most half a pair) at the front and reads after it.</summary>
    private void Refill()
    {
        var left = _charEnd - _charStart;
        _chars.AsSpan(_charStart, left).CopyTo(_chars);
        var read = reader.Read(_chars, left, _chars.Length - left);
        (_charStart, _charEnd) = (0, left + read);
        _ended = read == 0;
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
